import { romanize } from 'es-hangul';
import { pinyin } from 'pinyin-pro';
import { toRomaji } from 'wanakana';

/**
 * Latin renderings of a name written in Han, Hangul or kana, compared besides the name itself (the best form wins).
 * any-ascii (normalize/ascii.ts) already romanises every script; these add what a name needs beyond it:
 * - Chinese: pinyin with surname readings (pinyin-pro `surname: 'head'`: 单 Shan, 曾 Zeng), the given name as one word
 *   ("Li Keqiang"), two-character surnames kept whole (Hundred Family Surnames, 百家姓: 欧阳 Ouyang, 司马 Sima…);
 * - Korean: the surname as usually spelt (Statistics Korea 2015 census surname spellings; McCune–Reischauer as used in
 *   the DPRK: Pak, Ri, Choe), the given name's syllables joined, in Revised Romanization (National Institute of Korean
 *   Language, 2000; es-hangul) and in the DPRK's McCune–Reischauer-like spelling (eo → o, eu → u, voiceless initials);
 * - Japanese kana: Hepburn romaji (wanakana) with long vowels shortened (Tarou → Taro, Puuchin → Puchin).
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HANGUL = /[\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff]/;

const COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '令狐', '夏侯', '长孙', '長孫', '宇文', '司徒', '澹台', '轩辕', '軒轅', '端木', '独孤', '獨孤', '南宫', '南宮', '西门', '西門']);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function chinese(word: string): string | undefined {
  if (![...word].every((c) => HAN.test(c)) || word.length < 2 || word.length > 4) return undefined;
  const sy = pinyin(word, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
  const sl = COMPOUND_SURNAMES.has(word.slice(0, 2)) && word.length > 2 ? 2 : 1;
  return `${cap(sy.slice(0, sl).join(''))} ${cap(sy.slice(sl).join(''))}`;
}

/** Korean surnames: [usual South Korean spelling, DPRK spelling]. */
const KOREAN_SURNAMES: Record<string, [string, string]> = {
  김: ['Kim', 'Kim'], 이: ['Lee', 'Ri'], 리: ['Lee', 'Ri'], 박: ['Park', 'Pak'], 최: ['Choi', 'Choe'], 정: ['Jung', 'Jong'], 강: ['Kang', 'Kang'],
  조: ['Cho', 'Jo'], 윤: ['Yoon', 'Yun'], 장: ['Jang', 'Jang'], 임: ['Lim', 'Rim'], 림: ['Lim', 'Rim'], 한: ['Han', 'Han'], 오: ['Oh', 'O'],
  서: ['Seo', 'So'], 신: ['Shin', 'Sin'], 권: ['Kwon', 'Kwon'], 황: ['Hwang', 'Hwang'], 안: ['Ahn', 'An'], 송: ['Song', 'Song'], 류: ['Ryu', 'Ryu'],
  유: ['Yoo', 'Yu'], 홍: ['Hong', 'Hong'], 전: ['Jeon', 'Jon'], 고: ['Ko', 'Ko'], 문: ['Moon', 'Mun'], 양: ['Yang', 'Yang'], 손: ['Son', 'Son'],
  배: ['Bae', 'Pae'], 백: ['Baek', 'Paek'], 허: ['Heo', 'Ho'], 노: ['Roh', 'Ro'], 로: ['Roh', 'Ro'], 남: ['Nam', 'Nam'], 심: ['Shim', 'Sim'],
  하: ['Ha', 'Ha'], 곽: ['Kwak', 'Kwak'], 성: ['Sung', 'Song'], 차: ['Cha', 'Cha'], 주: ['Joo', 'Ju'], 우: ['Woo', 'U'], 구: ['Koo', 'Ku'],
  민: ['Min', 'Min'], 진: ['Jin', 'Jin'], 지: ['Ji', 'Ji'], 엄: ['Um', 'Om'], 변: ['Byun', 'Pyon'], 현: ['Hyun', 'Hyon'], 방: ['Bang', 'Pang'],
  채: ['Chae', 'Chae'], 원: ['Won', 'Won'], 천: ['Cheon', 'Chon'], 공: ['Kong', 'Kong'], 태: ['Tae', 'Thae'], 명: ['Myung', 'Myong'],
  석: ['Seok', 'Sok'], 연: ['Yeon', 'Yon'], 길: ['Gil', 'Kil'], 라: ['Ra', 'Ra'], 나: ['Na', 'Ra'],
};

/** DPRK-style spelling of a Revised Romanization syllable: eo → o, eu → u, ae stays; initial g/d/b → k/t/p. */
const dprk = (syl: string) => syl.replace(/eo/g, 'o').replace(/eu/g, 'u').replace(/^g/, 'k').replace(/^d/, 't').replace(/^b/, 'p');

function korean(word: string): string[] {
  const syl = [...word];
  if (syl.length < 2 || syl.length > 4 || !syl.every((c) => HANGUL.test(c))) return [];
  const sn = KOREAN_SURNAMES[syl[0]!];
  const given = syl.slice(1).map((c) => romanize(c));
  const rr = `${sn ? sn[0] : cap(romanize(syl[0]!))} ${cap(given.join(''))}`;
  const nk = `${sn ? sn[1] : cap(dprk(romanize(syl[0]!)))} ${cap(given.map(dprk).join(''))}`;
  // the usual South Korean spelling of eo as u in given names (명 Myung, 성 Sung, 정 Jung, 현 Hyun)
  // (syllables apart, as lists write them with a hyphen: Myung-bak)
  const us = `${sn ? sn[0] : cap(romanize(syl[0]!))} ${given.map((g) => cap(g.replace(/eo/g, 'u'))).join(' ')}`;
  return [...new Set([rr, nk, us])];
}

const shortenVowels = (s: string) => s.replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/ii/g, 'i').replace(/ee/g, 'e').replace(/oo/g, 'o').replace(/aa/g, 'a');

/** Latin renderings of a name in Han, Hangul or kana (empty for other scripts). */
export function romanisations(name: string): string[] {
  const hangul = HANGUL.test(name);
  const kana = KANA.test(name);
  const han = HAN.test(name);
  if (!hangul && !kana && !han) return [];
  const words = name.split(/[\s・·,]+/).filter(Boolean);
  const out: string[] = [];
  if (kana) {
    const r = shortenVowels(toRomaji(name.replace(/[・·]/g, ' ')).replace(/[/\-]/g, ' '));
    if (r && !HAN.test(r)) out.push(r);
  } else if (han) {
    const parts = words.map((w) => chinese(w) ?? w);
    if (parts.some((p, i) => p !== words[i])) out.push(parts.join(' '));
  } else if (hangul) {
    const per = words.map((w) => korean(w));
    if (per.some((p) => p.length)) {
      for (let k = 0; k < 3; k++) out.push(per.map((p, i) => p[Math.min(k, p.length - 1)] ?? words[i]).join(' '));
    }
  }
  return [...new Set(out)];
}
