import type { Dated } from './dated';

/** Table 2e: the Common High Priority List (BIS/EU/JP/UK, 23 Feb 2024 edition), 50 HS6 codes in four tiers (C1, C3, C4). */
export interface ChplRow extends Dated {
  hs6: string;
  tier: '1' | '2' | '3.A' | '3.B' | '4.A' | '4.B';
  description: string;
}

const T12 = { source: 'S8, S4 (nine highest-priority codes, FinCEN/BIS 19 May 2023)', validFrom: '2023-05-19' };
const T34 = { source: 'S8 (BIS "Common High Priority List", 23 Feb 2024); EU Annex XL Reg. 833/2014', validFrom: '2023-09-14', verify: true };

const rows: [string, ChplRow['tier'], string][] = [
  ['854231', '1', 'Electronic ICs — processors and controllers'],
  ['854232', '1', 'Electronic ICs — memories'],
  ['854233', '1', 'Electronic ICs — amplifiers'],
  ['854239', '1', 'Electronic ICs — other'],
  ['851762', '2', 'Machines for reception, conversion, transmission or regeneration of data'],
  ['852691', '2', 'Radio navigational aid apparatus (e.g. GNSS receivers)'],
  ['853221', '2', 'Fixed capacitors — tantalum'],
  ['853224', '2', 'Fixed capacitors — ceramic dielectric, multilayer'],
  ['854800', '2', 'Electrical parts of machinery/apparatus n.e.s. in ch. 85'],
  ['847150', '3.A', 'Processing units for automatic data-processing machines'],
  ['850440', '3.A', 'Static converters'],
  ['851769', '3.A', 'Other apparatus for transmission/reception of voice, images or data'],
  ['852589', '3.A', 'Other television, digital and video cameras'],
  ['852910', '3.A', 'Aerials and aerial reflectors; parts'],
  ['852990', '3.A', 'Other parts for apparatus of headings 8524–8528'],
  ['853669', '3.A', 'Plugs and sockets, ≤ 1,000 V'],
  ['853690', '3.A', 'Other apparatus for switching/protecting/connecting circuits, ≤ 1,000 V'],
  ['854110', '3.A', 'Diodes'],
  ['854121', '3.A', 'Transistors, dissipation < 1 W'],
  ['854129', '3.A', 'Other transistors'],
  ['854130', '3.A', 'Thyristors, diacs and triacs'],
  ['854149', '3.A', 'Other photosensitive semiconductor devices'],
  ['854151', '3.A', 'Semiconductor-based transducers'],
  ['854159', '3.A', 'Other semiconductor devices'],
  ['854160', '3.A', 'Mounted piezo-electric crystals'],
  ['848210', '3.B', 'Ball bearings'],
  ['848220', '3.B', 'Tapered roller bearings'],
  ['848230', '3.B', 'Spherical roller bearings'],
  ['848250', '3.B', 'Other cylindrical roller bearings'],
  ['880730', '3.B', 'Other parts of aeroplanes, helicopters or unmanned aircraft'],
  ['901310', '3.B', 'Telescopic sights for arms; periscopes'],
  ['901380', '3.B', 'Other optical devices, appliances and instruments'],
  ['901420', '3.B', 'Instruments for aeronautical or space navigation'],
  ['901480', '3.B', 'Other navigational instruments'],
  ['847180', '4.A', 'Other units of automatic data-processing machines'],
  ['848610', '4.A', 'Machines for manufacture of boules or wafers'],
  ['848620', '4.A', 'Machines for manufacture of semiconductor devices or ICs'],
  ['848640', '4.A', 'Machines specified in Note 11(C) to ch. 84'],
  ['853400', '4.A', 'Printed circuits'],
  ['854320', '4.A', 'Signal generators'],
  ['902750', '4.A', 'Other instruments using optical radiation'],
  ['903020', '4.A', 'Oscilloscopes and oscillographs'],
  ['903032', '4.A', 'Multimeters with recording device'],
  ['903039', '4.A', 'Other instruments measuring voltage/current/resistance/power, with recording device'],
  ['903082', '4.A', 'Instruments for measuring or checking semiconductor wafers or devices'],
  ['845710', '4.B', 'Machining centres for working metal'],
  ['845811', '4.B', 'Horizontal lathes, numerically controlled'],
  ['845891', '4.B', 'Other lathes, numerically controlled'],
  ['845961', '4.B', 'Other milling machines, numerically controlled'],
  ['846693', '4.B', 'Parts and accessories for machines of headings 8456–8461'],
];

export const CHPL: readonly ChplRow[] = rows.map(([hs6, tier, description]) => ({ hs6, tier, description, ...(tier === '1' || tier === '2' ? T12 : T34) }));

export function isTopTier(tier: ChplRow['tier']): boolean {
  return tier === '1' || tier === '2';
}
