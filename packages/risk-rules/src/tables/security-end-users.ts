/**
 * Military, police and security end users (E4, B5, and the military-use test of goods such as 8802/8704/8708/8807), in the
 * ASCII form `tokens()` gives after transliteration (Cyrillic and Arabic script via any-ascii, so "Министерство обороны" is
 * "ministerstvo oborony" and "وزارة الدفاع" is "wzrh ldf"). Multilingual: EN, FR, ES, PT, RU (transliterated), AR (script
 * and common romanisations).
 *
 * Sources: docs/domain.md §1.6 E4 and §1.10 (state as front end user: Mali/Wagner 2023 [S22] [S23], Peru/FARC 1999 [S27]);
 * BIS "Military End Use and End User" rule, 15 CFR 744.21(f) (a "military end user" includes national armed services,
 * national guard, national police, government intelligence or reconnaissance organisations; 84 FR 67 / 85 FR 23459, 28 Apr
 * 2020); EU Council Regulation (EU) 2021/821 Art. 4(1)(b) (military end use in an arms-embargoed destination). Keyword
 * forms: the project, from the official names of these bodies in each language (e.g. Garde nationale, Guardia Nacional,
 * Guarda Nacional, Росгвардия, Garde présidentielle, الحرس الجمهوري).
 */
export const SECURITY_END_USER_SOURCE = '15 CFR 744.21(f) (military end user); Reg. (EU) 2021/821 Art. 4(1)(b); docs/domain.md E4 [S22] [S23] [S27]; keywords by the project';

export interface SecurityKind {
  kind: 'defence' | 'armed forces' | 'gendarmerie / national guard' | 'police' | 'state security / intelligence' | 'presidential guard' | 'interior ministry troops';
  pattern: RegExp;
}

export const SECURITY_END_USERS: readonly SecurityKind[] = [
  {
    kind: 'defence',
    pattern:
      /\b(ministry of (national )?defen[cs]e|department of defen[cs]e|defen[cs]e ministry|ministere (de la )?defense( nationale)?|ministere des armees|ministerio de (la )?defensa|ministerio da defesa|ministerstvo oborony|minoborony|wzrh ldf|wizarat al difa|wizarat al dif a|defen[cs]e procurement|direction (generale )?de l armement|defen[cs]e forces?)\b/,
  },
  {
    kind: 'armed forces',
    pattern:
      /\b(armed forces|forces armees|fuerzas armadas|forcas armadas|vooruzhennye sily|lqwt lmslh|al quwwat al musallaha|army|armee( de terre| de l air| nationale)?|ejercito|exercito|armiya|navy|marine nationale|air force|fuerza aerea|forca aerea|vvs|military|militaire|militar|voennyi|voennaya|voinskaya chast|etat major|general staff|estado mayor)\b/,
  },
  {
    kind: 'gendarmerie / national guard',
    pattern: /\b(gendarmerie|gendarmeria|national guard|garde nationale|guardia nacional|guarda nacional|guardia civil|natsionalnaya gvardiya|rosgvardiya|rosgvardii|lhrs lwtny|al haras al watani)\b/,
  },
  {
    kind: 'police',
    pattern: /\b(police|policia|politsiya|politsii|militsiya|surete nationale|lshrth|al shurta|shurta|carabineros|polizia|polizei)\b/,
  },
  {
    kind: 'state security / intelligence',
    pattern:
      /\b(state security|securite d etat|surete de l etat|seguridad del estado|seguranca do estado|gosudarstvennoi bezopasnosti|gosbezopasnost|federalnaya sluzhba bezopasnosti|fsb|kgb|mn ldwlh|amn al dawla|mukhabarat|lmkhbrt|intelligence (service|agency|directorate)|renseignement|inteligencia|servicos de informacoes|razvedka|agence nationale de la securite de l etat|anse)\b/,
  },
  {
    kind: 'presidential guard',
    pattern: /\b(presidential guard|republican guard|garde presidentielle|garde republicaine|guardia presidencial|guarda presidencial|prezidentskaya gvardiya|lhrs ljmhwry|al haras al jumhuri)\b/,
  },
  {
    kind: 'interior ministry troops',
    pattern:
      /\b(ministry of (the )?interior|interior ministry|ministere de l interieur|ministerio del interior|ministerio do interior|ministerio da administracao interna|mvd|vnutrennie voiska|voiska natsionalnoi gvardii|wzrh ldkhlyh|wizarat al dakhiliya|internal troops|interior troops)\b/,
  },
];

/** The kind of military, police or security body a name or text describes (ASCII tokens joined by spaces), if any. */
export function securityKind(asciiText: string): SecurityKind['kind'] | undefined {
  return SECURITY_END_USERS.find((s) => s.pattern.test(asciiText))?.kind;
}

/**
 * Words that make a goods description military (8704/8705/8708/8802/8806/8807 and radar become arms with them). EN/FR/ES/PT/DE/RU
 * transliterated. Source: EU Common Military List ML6 (ground vehicles), ML10 (aircraft), ML13 (armour) and USML VII/VIII/X
 * (22 CFR 121.1) terms; keyword forms by the project.
 */
export const MILITARY_DESCRIPTION =
  /\b(military|militaire|militar|militaer|milit[a-z]*|army|armee|tactical|tactique|tactico|combat|armou?red|armoured|blinde|blindado|blindada|bronirovann[a-z]*|bronevik|ballistic|balistique|balistico|troop|troops|personnel carrier|apc|ifv|mrap|gun mount|weapon station|turret|tourelle|camouflage|voenn[a-z]*|attack helicopter|gunship|warplane|fighter jet|defen[cs]e use|mil spec|milspec|mil std)\b/;

/** Body armour (EU ML13, USML X; ECCN 1A005 for civil-standard armour). */
export const BODY_ARMOUR = /\b(body armou?r|ballistic (vest|plate|plates|helmet|helmets|panel|panels)|bullet ?proof|bulletproof|bullet resistant|plate carrier|gilet pare balles|pare balles|chaleco antibalas|chaleco balistico|colete (a prova de balas|balistico)|bronezhilet|bronezhilety|kevlar (vest|helmet))\b/;

/** Night-vision and thermal-imaging equipment (USML XII, ECCN 6A003 / 0A919 / 6A993). */
export const NIGHT_VISION = /\b(night vision|night sight|nightvision|image intensifier|image intensifiers|thermal (imaging|imager|camera|cameras|sight|sights|scope|monocular|binoculars?)|thermographic|infrared (sight|scope)|vision nocturne|camera thermique|vision nocturna|camara termica|visao noturna|camera termica|teplovizor|teplovizionn[a-z]*|pribor nochnogo videniya|nochnogo videniya)\b/;

/** Weapon-sight wording that makes a night-vision or thermal item arms (USML XII(c)). */
export const WEAPON_SIGHT = /\b(weapon|rifle|riflescope|gun|clip on|clip-on|fire control|lunette de tir|mira|pritsel)\b/;

/** Civil wording that keeps a radar (8526.10) or drone (8806) a dual-use/priority item, not arms. */
export const CIVIL_RADAR = /\b(automotive|car|cars|vehicle radar|adas|adaptive cruise|acc|parking|blind spot|77 ?ghz|24 ?ghz|marine radar|weather radar|level (radar|sensor)|traffic|speed (radar|sensor))\b/;
export const CONSUMER_DRONE = /\b(consumer|hobby|recreational|toy|camera drone|selfie|mini|dji|mavic|phantom|autel|parrot|agricultural|agri|spraying|survey|mapping|photography|fpv racing)\b/;
