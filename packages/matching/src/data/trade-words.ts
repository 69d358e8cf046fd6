/**
 * Trade-description words: the words that name an industry, its products or its activity, as the North American
 * Industry Classification System titles them (US Census Bureau, NAICS 2022 sector, subsector, industry-group and
 * industry titles — public domain, US Government work), with their usual plural/adjective forms. A company name made
 * only of such words and a legal form ("Precision Industrial Inc.", "Advanced Machinery Co., Ltd.") describes a trade,
 * not a firm: thousands of firms carry it (score/common-names.ts). stop-tokens GENERIC_WORDS holds the rest of the
 * generic business vocabulary (trading, group, holding, international…).
 */
export const TRADE_WORDS: ReadonlySet<string> = new Set([
  'agriculture', 'agricultural', 'forestry', 'fishing', 'hunting', 'farming', 'farm', 'farms', 'crop', 'crops', 'livestock',
  'mining', 'quarrying', 'extraction', 'minerals', 'mineral', 'coal', 'metal', 'metals', 'ore', 'ores', 'utilities', 'utility',
  'electric', 'electrical', 'electricity', 'power', 'generation', 'transmission', 'distribution', 'water', 'sewage', 'steam',
  'construction', 'building', 'buildings', 'contractors', 'contracting', 'contractor', 'civil', 'heavy', 'specialty', 'trade',
  'manufacturing', 'manufacturer', 'manufacturers', 'food', 'foods', 'beverage', 'beverages', 'tobacco', 'textile', 'textiles',
  'mills', 'mill', 'apparel', 'garment', 'garments', 'leather', 'wood', 'wooden', 'paper', 'printing', 'petroleum', 'chemical',
  'chemicals', 'plastics', 'plastic', 'rubber', 'nonmetallic', 'glass', 'cement', 'concrete', 'primary', 'fabricated', 'machinery',
  'machine', 'machines', 'computer', 'computers', 'electronic', 'electronics', 'equipment', 'appliance', 'appliances',
  'component', 'components', 'transportation', 'transport', 'vehicle', 'vehicles', 'motor', 'motors', 'parts', 'aerospace',
  'furniture', 'medical', 'supplies', 'supply', 'miscellaneous', 'wholesale', 'wholesalers', 'retail', 'durable', 'goods',
  'merchant', 'merchants', 'warehousing', 'warehouse', 'storage', 'freight', 'trucking', 'truck', 'air', 'rail', 'pipeline',
  'scenic', 'sightseeing', 'support', 'postal', 'couriers', 'courier', 'delivery', 'messengers', 'information', 'publishing',
  'software', 'telecommunications', 'broadcasting', 'data', 'processing', 'hosting', 'finance', 'financial', 'insurance',
  'credit', 'securities', 'investments', 'funds', 'trusts', 'real', 'estate', 'rental', 'leasing', 'professional', 'scientific',
  'technical', 'legal', 'accounting', 'architectural', 'engineering', 'design', 'consulting', 'research', 'advertising',
  'administrative', 'waste', 'remediation', 'educational', 'health', 'care', 'social', 'assistance', 'arts', 'entertainment',
  'recreation', 'accommodation', 'repair', 'maintenance', 'personal', 'laundry', 'precision', 'instrument', 'instruments',
  'optical', 'semiconductor', 'semiconductors', 'tool', 'tools', 'tooling', 'hardware', 'steel', 'iron', 'aluminum', 'aluminium',
  'copper', 'foundry', 'foundries', 'forging', 'stamping', 'coating', 'engraving', 'heat', 'treating', 'valve', 'valves',
  'fittings', 'bearings', 'pumps', 'compressors', 'engines', 'turbine', 'turbines', 'packaging', 'containers', 'fabrics',
  'fiber', 'fibers', 'yarn', 'knitting', 'footwear', 'pharmaceutical', 'pharmaceuticals', 'medicine', 'paint', 'paints',
  'fertilizer', 'fertilizers', 'pesticide', 'adhesive', 'explosives', 'ceramic', 'ceramics', 'lumber', 'timber', 'millwork',
  'printing', 'seafood', 'dairy', 'meat', 'bakeries', 'bakery', 'grain', 'sugar', 'confectionery', 'animal', 'feed', 'fruit',
  'vegetable', 'marine', 'ship', 'shipbuilding', 'boat', 'railroad', 'automobile', 'automotive', 'auto', 'aircraft', 'space',
  'defense', 'ordnance', 'ammunition', 'communications', 'audio', 'video', 'lighting', 'battery', 'batteries', 'wire', 'cable',
  'cables', 'industrial', 'industries', 'industry', 'commercial', 'residential', 'products', 'product', 'materials', 'material',
  'technology', 'technologies', 'systems', 'solutions', 'services', 'service', 'logistics', 'energy', 'oil', 'gas', 'mechanical',
  'electro', 'chem', 'tech', 'pharma', 'agro', 'petro', 'steelworks', 'works', 'workshop', 'import', 'export', 'imports', 'exports',
]);
