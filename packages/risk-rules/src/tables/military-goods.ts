import type { Dated } from './dated';

/** Tables 2f/2g: HS headings and ECCN/USML classifications that make an item arms or military (C2). */
export interface MilitaryHsRow extends Dated {
  /** HS prefix: chapter (2 digits), heading (4) or subheading (6) */
  prefix: string;
  description: string;
  /** lower-concern items (air guns, swords): C2 at low severity */
  lower?: boolean;
  /**
   * 'military': arms only with a military, police or security end user or a military description (8802 aircraft, 8704/8705/8708
   * vehicles and parts, 8807 aircraft parts, 8806 drones, 8526.10 radar); the HS heading alone does not make them arms.
   */
  use?: 'military';
  /** without military use the item is still a dual-use / priority item (controlled, not arms): drones, radar */
  otherwise?: 'dual-use';
}

const S = { source: 'docs/domain.md Table 2f (HS 2022 nomenclature)' };
const MIL = { source: 'EU Common Military List (ML6, ML10), USML VII/VIII (22 CFR 121.1), ECCN 0A606/9A610 (15 CFR 774); docs/domain.md Table 2f' };

export const MILITARY_HS: readonly MilitaryHsRow[] = [
  { prefix: '9301', description: 'military weapons (artillery, rocket and grenade launchers)', ...S },
  { prefix: '9302', description: 'revolvers and pistols', ...S },
  { prefix: '9303', description: 'other firearms operated by explosive charge', ...S },
  { prefix: '9304', description: 'other arms (spring, air or gas guns, truncheons)', lower: true, ...S },
  { prefix: '9305', description: 'parts and accessories of arms', ...S },
  { prefix: '9306', description: 'bombs, grenades, torpedoes, mines, missiles, ammunition and parts', ...S },
  { prefix: '9307', description: 'swords, bayonets, lances', lower: true, ...S },
  { prefix: '8710', description: 'tanks and other armoured fighting vehicles and their parts', ...S },
  // Military classification that does not rest on the HS heading alone (issue 11): EU Common Military List ML6 (ground
  // vehicles), ML10 (aircraft, UAVs and their parts); USML VII, VIII (22 CFR 121.1); ECCN 0A606, 9A610 (15 CFR 774 Supp. 1).
  { prefix: '8802', description: 'aircraft and helicopters for a military, police or security end user', use: 'military', ...MIL },
  { prefix: '8807', description: 'parts of aircraft, helicopters or UAVs for a military, police or security end user', use: 'military', ...MIL },
  { prefix: '8704', description: 'military trucks and load carriers', use: 'military', ...MIL },
  { prefix: '8705', description: 'special-purpose vehicles for military use (recovery, radar, bridging)', use: 'military', ...MIL },
  { prefix: '8708', description: 'parts of military vehicles', use: 'military', ...MIL },
  { prefix: '8806', description: 'unmanned aircraft for military use (consumer and civil drones are dual-use priority items)', use: 'military', otherwise: 'dual-use', ...MIL, validFrom: '2022-01-01' },
  { prefix: '890610', description: 'warships', ...S },
  { prefix: '3601', description: 'propellent powders', ...S },
  { prefix: '3602', description: 'prepared explosives', ...S },
  { prefix: '3603', description: 'fuses, detonators, igniters', ...S },
  { prefix: '901310', description: 'telescopic sights for arms', ...S },
  { prefix: '852610', description: 'radar apparatus for military use (car radar sensors are dual-use priority items)', use: 'military', otherwise: 'dual-use', ...MIL },
  { prefix: '93', description: 'arms and ammunition (HS chapter 93)', ...S },
];

/**
 * Components repeatedly found in Iranian and Russian UAVs and covered by the HS-based Russia/Belarus supplements to 15 CFR 746
 * (Table 2f last row). Not arms: they make goods "sensitive" for B4/B5/E2 and escalate B2, without a C flag of their own.
 */
export interface SensitiveHsRow extends Dated {
  prefix: string;
  description: string;
}
export const UAV_COMPONENTS: readonly SensitiveHsRow[] = [
  { prefix: '840710', description: 'small aircraft piston engines (UAV engines)', source: 'S32, S33; 15 CFR 746 Supp. 4', validFrom: '2022-02-24', verify: true },
  { prefix: '841111', description: 'turbojets of a thrust ≤ 25 kN', source: 'S33; 15 CFR 746 Supp. 4', validFrom: '2022-02-24', verify: true },
  { prefix: '850131', description: 'DC motors/servomotors ≤ 750 W', source: 'S32, S33; 15 CFR 746 Supp. 4', validFrom: '2022-02-24', verify: true },
  { prefix: '850760', description: 'lithium-ion accumulators', source: 'S32; 15 CFR 746 Supp. 4', validFrom: '2022-02-24', verify: true },
];

export interface EccnHint {
  pattern: RegExp;
  description: string;
  military: boolean;
}

/** ECCN shapes: 600-series, 9x515 and 0A501/0A505 are military; other ECCNs (not EAR99) are dual-use controlled. */
export const ECCN_HINTS: readonly EccnHint[] = [
  { pattern: /^0A50[15]/, description: 'firearms and ammunition moved from USML Cat. I–III (0A501/0A505)', military: true },
  { pattern: /^[0-9][A-E]6[0-9]{2}/, description: 'CCL 600-series military item', military: true },
  { pattern: /^9[A-E]515/, description: 'CCL 9x515 spacecraft item', military: true },
  { pattern: /^[0-9][A-E][0-9]{3}/, description: 'dual-use item on the Commerce Control List', military: false },
];
export const ECCN_SOURCE = 'docs/domain.md Table 2g; 15 CFR 774; 22 CFR 121';
