// Ordinary, fully documented shipments for `pnpm bench:rules --clean` (issue 11): real corridors, real kinds of everyday
// goods with their HS 2022 codes, the usual container/air hubs on each corridor, and the real names of large carriers and
// forwarders. Sellers and buyers are invented but shaped like real firms of their country (legal forms, trade words such as
// Turkish "Sanayi ve Ticaret" or UAE "General Trading"). Deterministic: a seeded generator, so every run screens the same set.
// Nothing here is an eval row; the set exists to measure how often the rules alert on trade that should pass.
import type { ScreeningRequest } from '@screening/schemas';
import { rng } from './rng';


interface Good {
  hs: string;
  description: string;
  unit: string;
  unitValue: number;
}

/** Everyday goods by family (HS 2022 subheadings). */
const GOODS: Record<string, Good[]> = {
  coffee: [{ hs: '090111', description: 'green arabica coffee beans, not roasted', unit: 'kg', unitValue: 5 }, { hs: '090121', description: 'roasted coffee beans', unit: 'kg', unitValue: 12 }],
  tea: [{ hs: '090240', description: 'black tea, fermented, in bulk', unit: 'kg', unitValue: 4 }, { hs: '090230', description: 'black tea in packets of 3 kg or less', unit: 'kg', unitValue: 9 }],
  spices: [{ hs: '090411', description: 'black pepper, whole', unit: 'kg', unitValue: 6 }, { hs: '091030', description: 'turmeric, dried', unit: 'kg', unitValue: 3 }],
  rice: [{ hs: '100630', description: 'basmati rice, milled', unit: 'kg', unitValue: 1.2 }],
  textiles: [
    { hs: '610910', description: 'cotton T-shirts, knitted', unit: 'pcs', unitValue: 3 },
    { hs: '620342', description: "men's cotton trousers", unit: 'pcs', unitValue: 9 },
    { hs: '630260', description: 'cotton terry towels', unit: 'pcs', unitValue: 4 },
    { hs: '520812', description: 'woven cotton fabric, unbleached', unit: 'm', unitValue: 2 },
  ],
  footwear: [{ hs: '640411', description: 'sports shoes with textile uppers', unit: 'pairs', unitValue: 14 }, { hs: '640399', description: 'leather shoes', unit: 'pairs', unitValue: 25 }],
  furniture: [{ hs: '940360', description: 'wooden dining tables', unit: 'pcs', unitValue: 120 }, { hs: '940161', description: 'upholstered wooden chairs', unit: 'pcs', unitValue: 45 }],
  toys: [{ hs: '950300', description: 'plastic toys and puzzles', unit: 'ctn', unitValue: 60 }],
  lighting: [{ hs: '940542', description: 'LED ceiling luminaires', unit: 'pcs', unitValue: 18 }],
  tableware: [{ hs: '691110', description: 'porcelain tableware', unit: 'sets', unitValue: 30 }],
  tiles: [{ hs: '690721', description: 'glazed ceramic floor tiles', unit: 'm2', unitValue: 11 }],
  bicycles: [{ hs: '871200', description: 'bicycles, not motorised', unit: 'pcs', unitValue: 140 }],
  solar: [{ hs: '854143', description: 'photovoltaic modules', unit: 'pcs', unitValue: 95 }],
  machinery: [
    { hs: '848340', description: 'gear boxes and gearing for conveyor drives', unit: 'pcs', unitValue: 850 },
    { hs: '848180', description: 'industrial ball valves, stainless steel', unit: 'pcs', unitValue: 210 },
    { hs: '841370', description: 'centrifugal water pumps', unit: 'pcs', unitValue: 640 },
    { hs: '842121', description: 'water filtering machinery', unit: 'pcs', unitValue: 1900 },
    { hs: '843149', description: 'parts of excavators (buckets, teeth)', unit: 'pcs', unitValue: 300 },
    { hs: '850152', description: 'three-phase AC electric motors, 7.5 kW', unit: 'pcs', unitValue: 420 },
  ],
  autoparts: [{ hs: '870830', description: 'brake pads and brake discs for passenger cars', unit: 'sets', unitValue: 35 }, { hs: '401110', description: 'new pneumatic tyres for passenger cars', unit: 'pcs', unitValue: 48 }],
  cars: [{ hs: '870323', description: 'passenger cars, petrol, 1.5–3 l', unit: 'pcs', unitValue: 21000 }],
  pharma: [{ hs: '300490', description: 'generic medicaments in measured doses (paracetamol tablets)', unit: 'ctn', unitValue: 220 }],
  medical: [{ hs: '901890', description: 'surgical instruments and appliances', unit: 'pcs', unitValue: 75 }, { hs: '401519', description: 'nitrile examination gloves', unit: 'ctn', unitValue: 28 }],
  food: [
    { hs: '150910', description: 'extra virgin olive oil', unit: 'l', unitValue: 7 },
    { hs: '190219', description: 'dried durum wheat pasta', unit: 'kg', unitValue: 1.6 },
    { hs: '040690', description: 'hard cheese', unit: 'kg', unitValue: 11 },
    { hs: '080222', description: 'shelled hazelnuts', unit: 'kg', unitValue: 8 },
    { hs: '081310', description: 'dried apricots', unit: 'kg', unitValue: 5 },
    { hs: '160414', description: 'canned tuna in oil', unit: 'ctn', unitValue: 40 },
  ],
  fruit: [
    { hs: '080510', description: 'fresh oranges', unit: 'kg', unitValue: 0.8 },
    { hs: '080440', description: 'fresh avocados', unit: 'kg', unitValue: 2.5 },
    { hs: '080610', description: 'fresh table grapes', unit: 'kg', unitValue: 2.2 },
    { hs: '081050', description: 'fresh kiwifruit', unit: 'kg', unitValue: 2.8 },
  ],
  flowers: [{ hs: '060311', description: 'fresh cut roses', unit: 'stems', unitValue: 0.25 }],
  wine: [{ hs: '220421', description: 'red wine in bottles of 2 l or less', unit: 'l', unitValue: 6 }, { hs: '220830', description: 'Scotch whisky', unit: 'l', unitValue: 18 }],
  cosmetics: [{ hs: '330300', description: 'perfumes and toilet waters', unit: 'pcs', unitValue: 22 }, { hs: '330499', description: 'skin care creams', unit: 'pcs', unitValue: 6 }],
  paper: [{ hs: '481910', description: 'corrugated cardboard boxes', unit: 'pcs', unitValue: 0.6 }],
  steel: [{ hs: '730890', description: 'structural steel parts for warehouses', unit: 't', unitValue: 1800 }, { hs: '731815', description: 'steel bolts and screws', unit: 'kg', unitValue: 3 }],
  plastics: [{ hs: '392321', description: 'polyethylene packaging bags', unit: 'kg', unitValue: 2.4 }],
  seafood: [{ hs: '030214', description: 'fresh Atlantic salmon', unit: 'kg', unitValue: 9 }],
  wool: [{ hs: '510111', description: 'greasy shorn wool', unit: 'kg', unitValue: 7 }],
  lumber: [{ hs: '440711', description: 'sawn pine lumber', unit: 'm3', unitValue: 260 }],
  appliances: [{ hs: '845011', description: 'household washing machines', unit: 'pcs', unitValue: 240 }, { hs: '841810', description: 'combined refrigerator-freezers', unit: 'pcs', unitValue: 310 }],
};

interface Firm {
  name: string;
  city: string;
  street: string;
  postal: string;
  domain: string;
}

/** Name shapes per country: [first words, trade words, legal form], city/street samples. */
const FIRMS: Record<string, { first: string[]; trade: Record<string, string>; legal: string[]; cities: [string, string, string][] }> = {
  DE: { first: ['Rheinland', 'Hanse', 'Schwaben', 'Nordsee', 'Allgäu', 'Lausitz', 'Weserbergland', 'Taunus'], trade: { machinery: 'Antriebstechnik', autoparts: 'Fahrzeugteile', food: 'Feinkost', steel: 'Stahlbau', cars: 'Automobile', medical: 'Medizintechnik', paper: 'Verpackungen', plastics: 'Kunststofftechnik', default: 'Handelshaus' }, legal: ['GmbH', 'GmbH & Co. KG', 'AG'], cities: [['Hamburg', 'Hafenstrasse 12', '20457'], ['Stuttgart', 'Industriestrasse 8', '70565'], ['Köln', 'Mathias-Brüggen-Str. 40', '50827'], ['Bremen', 'Am Speicher 3', '28217']] },
  FR: { first: ['Rhône', 'Loire', 'Atlantique', 'Provence', 'Bourgogne', 'Picardie'], trade: { machinery: 'Robinetterie Industrielle', food: 'Fromageries', wine: 'Vignobles', cosmetics: 'Parfums', default: 'Distribution' }, legal: ['SAS', 'SA', 'SARL'], cities: [['Lyon', '14 rue de la République', '69002'], ['Bordeaux', '22 quai des Chartrons', '33000'], ['Marseille', '5 boulevard de Paris', '13002'], ['Grasse', '3 avenue Thiers', '06130']] },
  IT: { first: ['Emilia', 'Toscana', 'Lombarda', 'Veneta', 'Puglia', 'Sabauda'], trade: { food: 'Alimentari', tiles: 'Ceramiche', furniture: 'Arredamenti', machinery: 'Meccanica', wine: 'Cantine', default: 'Commerciale' }, legal: ['S.p.A.', 'S.r.l.'], cities: [['Modena', 'Via Emilia Est 120', '41121'], ['Bari', 'Via Sparano 44', '70121'], ['Milano', 'Via Tortona 31', '20144']] },
  ES: { first: ['Ibérica', 'Levante', 'Andaluza', 'Cantábrica', 'Castellana'], trade: { food: 'Aceites', footwear: 'Calzados', fruit: 'Cítricos', default: 'Comercial' }, legal: ['S.L.', 'S.A.'], cities: [['Valencia', 'Calle de Colón 18', '46004'], ['Jaén', 'Avenida de Madrid 9', '23008'], ['Elche', 'Calle Mayor 2', '03203']] },
  NL: { first: ['Holland', 'Zeeland', 'Westland', 'Brabant'], trade: { flowers: 'Bloemen', food: 'Kaas', machinery: 'Techniek', default: 'Handelsonderneming' }, legal: ['B.V.'], cities: [['Rotterdam', 'Waalhaven Z.z. 21', '3089 JH'], ['Aalsmeer', 'Legmeerdijk 313', '1431 GB']] },
  PL: { first: ['Mazowsze', 'Wisła', 'Pomorze', 'Karpaty'], trade: { furniture: 'Meble', appliances: 'AGD', default: 'Handel' }, legal: ['Sp. z o.o.'], cities: [['Poznań', 'ul. Głogowska 120', '60-243'], ['Gdańsk', 'ul. Grunwaldzka 5', '80-236']] },
  GB: { first: ['Thames', 'Pennine', 'Cotswold', 'Mersey', 'Highland', 'Solent'], trade: { coffee: 'Coffee Roasters', textiles: 'Apparel', tea: 'Tea Merchants', wine: 'Distillers', furniture: 'Interiors', food: 'Fine Foods', medical: 'Healthcare Supplies', default: 'Supplies' }, legal: ['Ltd', 'Limited', 'plc'], cities: [['London', '24 Great Tower Street', 'EC3R 5AQ'], ['Manchester', '8 Trafford Wharf Road', 'M17 1AB'], ['Leeds', '31 Wellington Street', 'LS1 4DL'], ['Glasgow', '100 West George Street', 'G2 1PP']] },
  TR: { first: ['Anadolu', 'Ege', 'Marmara', 'Toros', 'Bursa', 'Uludağ', 'Kapadokya'], trade: { textiles: 'Tekstil', tiles: 'Seramik', food: 'Gıda', autoparts: 'Otomotiv', appliances: 'Beyaz Eşya', default: 'Dış Ticaret' }, legal: ['Sanayi ve Ticaret A.Ş.', 'San. ve Tic. Ltd. Şti.', 'İmalat Sanayi ve Ticaret A.Ş.'], cities: [['Bursa', 'Nilüfer Organize Sanayi Bölgesi 14. Cad. No:5', '16140'], ['İzmir', 'Atatürk Organize Sanayi Bölgesi 10003 Sk. No:8', '35620'], ['Denizli', 'Organize Sanayi Bölgesi 2. Cad. No:17', '20330']] },
  IN: { first: ['Malabar', 'Deccan', 'Nilgiri', 'Coromandel', 'Kaveri', 'Gujarat'], trade: { coffee: 'Coffee Curing Works', tea: 'Tea Estates', spices: 'Spices', rice: 'Agro Foods', textiles: 'Textile Mills', pharma: 'Pharmaceuticals', default: 'Exports' }, legal: ['Pvt. Ltd.', 'Private Limited', 'Ltd.'], cities: [['Kochi', 'Willingdon Island, Harbour Road 12', '682003'], ['Coimbatore', '45 Avinashi Road', '641018'], ['Ahmedabad', 'Plot 22, GIDC Vatva', '382445'], ['Hyderabad', 'Survey No. 8, IDA Jeedimetla', '500055']] },
  CN: { first: ['Ningbo Hengda', 'Foshan Meijia', 'Xiamen Haicang', 'Suzhou Ruifeng', 'Dongguan Yuxin', 'Qingdao Haitian', 'Yiwu Jinhua'], trade: { furniture: 'Furniture', toys: 'Toys', lighting: 'Lighting', tableware: 'Ceramics', bicycles: 'Bicycle', solar: 'New Energy', textiles: 'Garments', appliances: 'Electric Appliance', default: 'Industry' }, legal: ['Co., Ltd.', 'Industrial Co., Ltd.', 'Industry and Trade Co., Ltd.'], cities: [['Ningbo', '188 Jiangnan Road, Beilun District', '315800'], ['Foshan', '8 Lecong Avenue, Shunde District', '528315'], ['Xiamen', '25 Haicang Avenue', '361026'], ['Dongguan', '3 Changan Industrial Road', '523850']] },
  VN: { first: ['Saigon', 'Hanoi', 'Dong Nai', 'Binh Duong', 'Tay Nguyen'], trade: { coffee: 'Coffee', footwear: 'Footwear', furniture: 'Wood Products', textiles: 'Garment', default: 'Production' }, legal: ['Joint Stock Company', 'Co., Ltd.'], cities: [['Ho Chi Minh City', '12 Nguyen Hue, District 1', '700000'], ['Buon Ma Thuot', '45 Le Duan', '630000'], ['Bien Hoa', 'Amata Industrial Park, Road 3', '810000']] },
  BD: { first: ['Chittagong', 'Padma', 'Meghna', 'Sonar Bangla'], trade: { textiles: 'Knit Composite', default: 'Apparels' }, legal: ['Ltd.'], cities: [['Gazipur', 'Plot 15, BSCIC Industrial Estate', '1700'], ['Chattogram', 'CEPZ, Sector 4', '4223']] },
  JP: { first: ['Kansai', 'Tokai', 'Hokuriku', 'Setouchi'], trade: { machinery: 'Seiki', cars: 'Motor Sales', default: 'Shoji' }, legal: ['Co., Ltd.', 'K.K.'], cities: [['Nagoya', '2-3-1 Meieki, Nakamura-ku', '450-0002'], ['Osaka', '1-8 Umeda, Kita-ku', '530-0001']] },
  KR: { first: ['Hanbit', 'Daehan', 'Seorak', 'Gyeongnam'], trade: { autoparts: 'Tire', appliances: 'Electronics', default: 'Corporation' }, legal: ['Co., Ltd.'], cities: [['Busan', '88 Jungang-daero, Dong-gu', '48731'], ['Changwon', '12 Changwon-daero', '51542']] },
  US: { first: ['Great Lakes', 'Pacific Crest', 'Blue Ridge', 'Prairie', 'Bayou', 'Cascade'], trade: { food: 'Nut Growers', machinery: 'Pump Works', medical: 'Surgical', furniture: 'Home Furnishings', toys: 'Toy Company', footwear: 'Footwear Outlet', lighting: 'Lighting Supply', fruit: 'Produce', default: 'Distributors' }, legal: ['Inc.', 'LLC', 'Corp.'], cities: [['Chicago', '200 W Madison St', 'IL 60606'], ['Fresno', '1450 N Blackstone Ave', 'CA 93703'], ['Houston', '9 Greenway Plaza', 'TX 77046'], ['Seattle', '1201 3rd Ave', 'WA 98101']] },
  CA: { first: ['Laurentian', 'Fraser Valley', 'Maritime'], trade: { lumber: 'Forest Products', default: 'Wholesale' }, legal: ['Inc.', 'Ltd.'], cities: [['Vancouver', '800 Burrard St', 'BC V6Z 2V8'], ['Montréal', '1000 Rue Sherbrooke O', 'QC H3A 3G4']] },
  MX: { first: ['Michoacán', 'Bajío', 'Sierra Madre'], trade: { fruit: 'Aguacates', autoparts: 'Autopartes', default: 'Comercializadora' }, legal: ['S.A. de C.V.'], cities: [['Uruapan', 'Av. Juárez 215', '60000'], ['Querétaro', 'Parque Industrial Bernardo Quintana 12', '76246']] },
  BR: { first: ['Cerrado', 'Mogiana', 'Sul de Minas', 'Paulista'], trade: { coffee: 'Cafés', food: 'Alimentos', footwear: 'Calçados', default: 'Exportadora' }, legal: ['Ltda.', 'Indústria e Comércio Ltda.', 'S.A.'], cities: [['Santos', 'Rua XV de Novembro 95', '11010-151'], ['Varginha', 'Av. Rio Branco 300', '37002-000']] },
  CL: { first: ['Austral', 'Maule', 'Aconcagua'], trade: { fruit: 'Frutas', seafood: 'Salmones', wine: 'Viña', default: 'Exportadora' }, legal: ['S.A.', 'SpA'], cities: [['Puerto Montt', 'Av. Diego Portales 860', '5480000'], ['Santiago', 'Av. Apoquindo 3000', '7550000']] },
  PE: { first: ['Ica', 'Andina', 'Piura'], trade: { fruit: 'Agroexportadora', default: 'Exportaciones' }, legal: ['S.A.C.'], cities: [['Ica', 'Av. San Martín 450', '11001']] },
  ZA: { first: ['Cape', 'Karoo', 'Limpopo'], trade: { fruit: 'Citrus', wine: 'Wine Estates', default: 'Trading' }, legal: ['(Pty) Ltd'], cities: [['Cape Town', '3 Dock Road, V&A Waterfront', '8001'], ['Stellenbosch', '12 Dorp Street', '7600']] },
  EG: { first: ['Nile Delta', 'Sinai', 'Alexandria'], trade: { fruit: 'Agricultural Export', textiles: 'Cotton', default: 'Export' }, legal: ['S.A.E.'], cities: [['Alexandria', '15 Fouad Street', '21131']] },
  MA: { first: ['Souss', 'Atlas', 'Tanger'], trade: { fruit: 'Primeurs', food: 'Conserverie', default: 'Export' }, legal: ['SARL'], cities: [['Agadir', 'Zone Industrielle Tassila, Lot 41', '80000']] },
  KE: { first: ['Naivasha', 'Rift Valley', 'Kericho'], trade: { flowers: 'Flowers', tea: 'Tea Factory', default: 'Exporters' }, legal: ['Ltd'], cities: [['Naivasha', 'Moi South Lake Road', '20117'], ['Kericho', 'Moi Highway', '20200']] },
  AU: { first: ['Riverina', 'Barossa', 'Darling Downs'], trade: { wine: 'Wines', wool: 'Wool', default: 'Exports' }, legal: ['Pty Ltd'], cities: [['Adelaide', '91 King William St', 'SA 5000'], ['Wagga Wagga', '12 Baylis St', 'NSW 2650']] },
  NZ: { first: ['Bay of Plenty', 'Canterbury', 'Waikato'], trade: { fruit: 'Orchards', food: 'Dairy', default: 'Exports' }, legal: ['Limited'], cities: [['Tauranga', '2 Hewletts Road, Mount Maunganui', '3116']] },
  TH: { first: ['Siam', 'Chao Phraya', 'Lanna'], trade: { food: 'Canning', rice: 'Rice Mill', default: 'Products' }, legal: ['Co., Ltd.', 'Public Company Limited'], cities: [['Samut Sakhon', '99 Moo 2, Ekkachai Road', '74000']] },
  MY: { first: ['Klang Valley', 'Penang', 'Johor'], trade: { medical: 'Glove', default: 'Industries' }, legal: ['Sdn. Bhd.', 'Berhad'], cities: [['Klang', 'Lot 5, Jalan Perusahaan 2', '41050'], ['Ipoh', '12 Jalan Kuala Kangsar', '30010']] },
  ID: { first: ['Sumatra', 'Java', 'Sulawesi'], trade: { coffee: 'Kopi', food: 'Agro', default: 'Industri' }, legal: ['PT'], cities: [['Medan', 'Jl. Gatot Subroto 88', '20112']] },
  PK: { first: ['Indus', 'Punjab', 'Karakoram'], trade: { textiles: 'Textile Mills', rice: 'Rice Mills', default: 'Exports' }, legal: ['(Pvt.) Ltd.'], cities: [['Faisalabad', 'Sargodha Road, Plot 7', '38000'], ['Karachi', 'SITE Area, Plot F-120', '75700']] },
  AE: { first: ['Gulf Horizon', 'Emirates Pioneer', 'Desert Rose', 'Creekside', 'Jumeirah Coast'], trade: { machinery: 'Valves & Fittings Trading', food: 'Foodstuff Trading', textiles: 'Textiles Trading', cars: 'Auto Trading', default: 'General Trading' }, legal: ['LLC', 'L.L.C.'], cities: [['Dubai', 'Al Quoz Industrial Area 3, Warehouse 14', 'PO Box 123456'], ['Sharjah', 'Industrial Area 6, Street 12', 'PO Box 41234']] },
  SG: { first: ['Lion City', 'Straits', 'Marina Bay', 'Jurong'], trade: { machinery: 'Engineering Supplies', food: 'Food Distribution', default: 'Distribution' }, legal: ['Pte. Ltd.'], cities: [['Singapore', '10 Tuas Avenue 4', '639382'], ['Singapore', '2 Jurong East Street 21', '609601']] },
  SA: { first: ['Red Sea', 'Najd', 'Eastern Province'], trade: { food: 'Food Industries', machinery: 'Industrial Supplies', default: 'Trading Est.' }, legal: ['Co.', 'LLC'], cities: [['Jeddah', 'Al Andalus District, Prince Sultan Rd', '23326']] },
  IL: { first: ['Galil', 'Negev', 'Sharon'], trade: { food: 'Foods', default: 'Imports' }, legal: ['Ltd.'], cities: [['Haifa', '12 HaAtzmaut Road', '3303312']] },
  KZ: { first: ['Almaty', 'Steppe'], trade: { food: 'Food', default: 'Distribution' }, legal: ['LLP'], cities: [['Almaty', '77 Abay Avenue', '050000']] },
  NG: { first: ['Lagos Harbour', 'Niger Delta'], trade: { default: 'Enterprises' }, legal: ['Ltd'], cities: [['Lagos', '15 Creek Road, Apapa', '102273']] },
  GH: { first: ['Ashanti', 'Volta'], trade: { default: 'Enterprises' }, legal: ['Ltd'], cities: [['Tema', 'Community 1, Harbour Road', 'GT-018']] },
};

/** Real carriers and forwarders (public names of large logistics firms). */
const CARRIERS = [
  { name: 'A.P. Moller - Maersk A/S', country: 'DK', domain: 'maersk.com' },
  { name: 'MSC Mediterranean Shipping Company S.A.', country: 'CH', domain: 'msc.com' },
  { name: 'CMA CGM S.A.', country: 'FR', domain: 'cma-cgm.com' },
  { name: 'Hapag-Lloyd AG', country: 'DE', domain: 'hapag-lloyd.com' },
  { name: 'Ocean Network Express Pte. Ltd.', country: 'SG', domain: 'one-line.com' },
  { name: 'Evergreen Marine Corporation', country: 'TW', domain: 'evergreen-marine.com' },
  { name: 'COSCO SHIPPING Lines Co., Ltd.', country: 'CN', domain: 'lines.coscoshipping.com' },
  { name: 'HMM Co., Ltd.', country: 'KR', domain: 'hmm21.com' },
  { name: 'Yang Ming Marine Transport Corporation', country: 'TW', domain: 'yangming.com' },
  { name: 'ZIM Integrated Shipping Services Ltd.', country: 'IL', domain: 'zim.com' },
];
const AIR_CARRIERS = [
  { name: 'Lufthansa Cargo AG', country: 'DE', domain: 'lufthansa-cargo.com' },
  { name: 'Emirates SkyCargo', country: 'AE', domain: 'skycargo.com' },
  { name: 'Qatar Airways Cargo', country: 'QA', domain: 'qrcargo.com' },
  { name: 'Cathay Cargo', country: 'HK', domain: 'cathaycargo.com' },
  { name: 'Turkish Cargo', country: 'TR', domain: 'turkishcargo.com' },
];
const FORWARDERS = [
  { name: 'DHL Global Forwarding GmbH', country: 'DE', domain: 'dhl.com' },
  { name: 'Kuehne + Nagel International AG', country: 'CH', domain: 'kuehne-nagel.com' },
  { name: 'DSV A/S', country: 'DK', domain: 'dsv.com' },
  { name: 'DB Schenker', country: 'DE', domain: 'dbschenker.com' },
  { name: 'Expeditors International of Washington, Inc.', country: 'US', domain: 'expeditors.com' },
  { name: 'CEVA Logistics', country: 'FR', domain: 'cevalogistics.com' },
  { name: 'Nippon Express Co., Ltd.', country: 'JP', domain: 'nipponexpress.com' },
  { name: 'Kerry Logistics Network Limited', country: 'HK', domain: 'kerrylogistics.com' },
  { name: 'C.H. Robinson Worldwide, Inc.', country: 'US', domain: 'chrobinson.com' },
  { name: 'Geodis SA', country: 'FR', domain: 'geodis.com' },
  { name: 'Bolloré Logistics', country: 'FR', domain: 'bollore-logistics.com' },
  { name: 'Agility Logistics', country: 'KW', domain: 'agility.com' },
];

const BANK_NAMES: Record<string, string[]> = {
  DE: ['Deutsche Bank AG', 'Commerzbank AG'], FR: ['BNP Paribas SA', 'Société Générale'], IT: ['UniCredit S.p.A.', 'Intesa Sanpaolo S.p.A.'], ES: ['Banco Santander S.A.', 'BBVA'],
  NL: ['ING Bank N.V.', 'Rabobank'], GB: ['Barclays Bank PLC', 'HSBC UK Bank plc', 'Lloyds Bank plc'], TR: ['Türkiye İş Bankası A.Ş.', 'Akbank T.A.Ş.', 'Garanti BBVA'],
  IN: ['State Bank of India', 'HDFC Bank Ltd', 'ICICI Bank Limited'], CN: ['Bank of China Limited', 'China Merchants Bank'], AE: ['Emirates NBD Bank PJSC', 'Mashreqbank PSC', 'First Abu Dhabi Bank'],
  SG: ['DBS Bank Ltd.', 'OCBC Bank'], US: ['JPMorgan Chase Bank, N.A.', 'Wells Fargo Bank, N.A.'], JP: ['MUFG Bank, Ltd.'], KR: ['Shinhan Bank'], BR: ['Banco do Brasil S.A.', 'Itaú Unibanco S.A.'],
  MX: ['BBVA México'], VN: ['Vietcombank'], BD: ['Dutch-Bangla Bank Limited'], ZA: ['Standard Bank of South Africa'], KE: ['Equity Bank Kenya'], AU: ['Commonwealth Bank of Australia'],
  NZ: ['ANZ Bank New Zealand'], CL: ['Banco de Chile'], PE: ['Banco de Crédito del Perú'], EG: ['National Bank of Egypt'], MA: ['Attijariwafa Bank'], TH: ['Bangkok Bank'], MY: ['Maybank'],
  ID: ['Bank Mandiri'], PK: ['Habib Bank Limited'], PL: ['PKO Bank Polski'], CA: ['Royal Bank of Canada'], SA: ['Saudi National Bank'], IL: ['Bank Leumi'], KZ: ['Halyk Bank'], NG: ['Zenith Bank Plc'], GH: ['GCB Bank'],
};

interface Leg {
  country: string;
  port: string;
}

/** Corridors: origin, destination, goods families, ordinary routes (ports as shipping lines call them), mode. */
const CORRIDORS: { from: string; to: string; goods: string[]; routes: Leg[][]; mode: 'sea' | 'air' | 'road' }[] = [
  { from: 'DE', to: 'FR', goods: ['machinery', 'autoparts', 'paper'], routes: [[{ country: 'DE', port: 'Stuttgart' }, { country: 'FR', port: 'Lyon' }]], mode: 'road' },
  { from: 'FR', to: 'DE', goods: ['food', 'wine', 'cosmetics'], routes: [[{ country: 'FR', port: 'Bordeaux' }, { country: 'DE', port: 'Köln' }]], mode: 'road' },
  { from: 'IT', to: 'DE', goods: ['food', 'tiles', 'furniture', 'machinery'], routes: [[{ country: 'IT', port: 'Modena' }, { country: 'AT', port: 'Brenner' }, { country: 'DE', port: 'München' }]], mode: 'road' },
  { from: 'PL', to: 'DE', goods: ['furniture', 'appliances'], routes: [[{ country: 'PL', port: 'Poznań' }, { country: 'DE', port: 'Berlin' }]], mode: 'road' },
  { from: 'ES', to: 'GB', goods: ['food', 'fruit', 'footwear'], routes: [[{ country: 'ES', port: 'Valencia' }, { country: 'GB', port: 'Felixstowe' }], [{ country: 'ES', port: 'Valencia' }, { country: 'FR', port: 'Calais' }, { country: 'GB', port: 'Dover' }]], mode: 'road' },
  { from: 'TR', to: 'GB', goods: ['textiles', 'food', 'tiles'], routes: [[{ country: 'TR', port: 'Mersin' }, { country: 'GB', port: 'Felixstowe' }], [{ country: 'TR', port: 'Ambarli' }, { country: 'ES', port: 'Algeciras' }, { country: 'GB', port: 'Southampton' }], [{ country: 'TR', port: 'Ambarli' }, { country: 'GR', port: 'Piraeus' }, { country: 'GB', port: 'London Gateway' }]], mode: 'sea' },
  { from: 'TR', to: 'DE', goods: ['textiles', 'autoparts', 'appliances', 'food'], routes: [[{ country: 'TR', port: 'Istanbul' }, { country: 'BG', port: 'Kapitan Andreevo' }, { country: 'RS', port: 'Belgrade' }, { country: 'HU', port: 'Budapest' }, { country: 'AT', port: 'Vienna' }, { country: 'DE', port: 'München' }], [{ country: 'TR', port: 'Gemlik' }, { country: 'IT', port: 'Trieste' }, { country: 'DE', port: 'München' }]], mode: 'road' },
  { from: 'IN', to: 'GB', goods: ['coffee', 'tea', 'spices', 'textiles', 'rice'], routes: [[{ country: 'IN', port: 'Nhava Sheva' }, { country: 'AE', port: 'Jebel Ali' }, { country: 'GB', port: 'London Gateway' }], [{ country: 'IN', port: 'Cochin' }, { country: 'LK', port: 'Colombo' }, { country: 'EG', port: 'Port Said' }, { country: 'GB', port: 'Felixstowe' }], [{ country: 'IN', port: 'Mundra' }, { country: 'OM', port: 'Salalah' }, { country: 'GB', port: 'Southampton' }]], mode: 'sea' },
  { from: 'IN', to: 'US', goods: ['pharma', 'textiles', 'spices'], routes: [[{ country: 'IN', port: 'Nhava Sheva' }, { country: 'ES', port: 'Algeciras' }, { country: 'US', port: 'New York/New Jersey' }], [{ country: 'IN', port: 'Hyderabad' }, { country: 'DE', port: 'Frankfurt' }, { country: 'US', port: 'Chicago O\'Hare' }]], mode: 'sea' },
  { from: 'IN', to: 'DE', goods: ['pharma', 'textiles', 'tea'], routes: [[{ country: 'IN', port: 'Mundra' }, { country: 'EG', port: 'Port Said' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'CN', to: 'DE', goods: ['furniture', 'toys', 'lighting', 'bicycles', 'solar', 'tableware', 'appliances'], routes: [[{ country: 'CN', port: 'Ningbo' }, { country: 'SG', port: 'Singapore' }, { country: 'DE', port: 'Hamburg' }], [{ country: 'CN', port: 'Shanghai' }, { country: 'MY', port: 'Tanjung Pelepas' }, { country: 'EG', port: 'Port Said' }, { country: 'NL', port: 'Rotterdam' }, { country: 'DE', port: 'Duisburg' }], [{ country: 'CN', port: 'Xiamen' }, { country: 'LK', port: 'Colombo' }, { country: 'DE', port: 'Bremerhaven' }], [{ country: 'CN', port: 'Shenzhen' }, { country: 'SG', port: 'Singapore' }, { country: 'MA', port: 'Tanger Med' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'CN', to: 'GB', goods: ['furniture', 'toys', 'lighting', 'tableware'], routes: [[{ country: 'CN', port: 'Yantian' }, { country: 'SG', port: 'Singapore' }, { country: 'GB', port: 'Felixstowe' }], [{ country: 'CN', port: 'Ningbo' }, { country: 'MY', port: 'Port Klang' }, { country: 'NL', port: 'Rotterdam' }, { country: 'GB', port: 'Felixstowe' }]], mode: 'sea' },
  { from: 'CN', to: 'US', goods: ['furniture', 'toys', 'lighting', 'bicycles', 'appliances'], routes: [[{ country: 'CN', port: 'Shanghai' }, { country: 'US', port: 'Los Angeles' }], [{ country: 'CN', port: 'Xiamen' }, { country: 'KR', port: 'Busan' }, { country: 'US', port: 'Long Beach' }], [{ country: 'CN', port: 'Shenzhen' }, { country: 'HK', port: 'Hong Kong' }, { country: 'US', port: 'Oakland' }]], mode: 'sea' },
  { from: 'CN', to: 'AE', goods: ['furniture', 'lighting', 'appliances', 'textiles'], routes: [[{ country: 'CN', port: 'Ningbo' }, { country: 'AE', port: 'Jebel Ali' }]], mode: 'sea' },
  { from: 'VN', to: 'US', goods: ['footwear', 'furniture', 'coffee', 'textiles'], routes: [[{ country: 'VN', port: 'Cai Mep' }, { country: 'US', port: 'Los Angeles' }], [{ country: 'VN', port: 'Ho Chi Minh City' }, { country: 'TW', port: 'Kaohsiung' }, { country: 'US', port: 'Seattle' }], [{ country: 'VN', port: 'Haiphong' }, { country: 'HK', port: 'Hong Kong' }, { country: 'US', port: 'Long Beach' }]], mode: 'sea' },
  { from: 'VN', to: 'DE', goods: ['coffee', 'footwear', 'textiles'], routes: [[{ country: 'VN', port: 'Cai Mep' }, { country: 'SG', port: 'Singapore' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'BD', to: 'DE', goods: ['textiles'], routes: [[{ country: 'BD', port: 'Chittagong' }, { country: 'LK', port: 'Colombo' }, { country: 'DE', port: 'Hamburg' }], [{ country: 'BD', port: 'Chittagong' }, { country: 'SG', port: 'Singapore' }, { country: 'NL', port: 'Rotterdam' }]], mode: 'sea' },
  { from: 'BD', to: 'GB', goods: ['textiles'], routes: [[{ country: 'BD', port: 'Chittagong' }, { country: 'MY', port: 'Tanjung Pelepas' }, { country: 'GB', port: 'Felixstowe' }]], mode: 'sea' },
  { from: 'PK', to: 'GB', goods: ['textiles', 'rice'], routes: [[{ country: 'PK', port: 'Karachi' }, { country: 'AE', port: 'Jebel Ali' }, { country: 'GB', port: 'Felixstowe' }]], mode: 'sea' },
  { from: 'BR', to: 'DE', goods: ['coffee', 'food'], routes: [[{ country: 'BR', port: 'Santos' }, { country: 'ES', port: 'Algeciras' }, { country: 'DE', port: 'Hamburg' }], [{ country: 'BR', port: 'Santos' }, { country: 'BE', port: 'Antwerp' }, { country: 'DE', port: 'Bremen' }]], mode: 'sea' },
  { from: 'BR', to: 'US', goods: ['coffee', 'footwear'], routes: [[{ country: 'BR', port: 'Santos' }, { country: 'US', port: 'Savannah' }]], mode: 'sea' },
  { from: 'MX', to: 'US', goods: ['fruit', 'autoparts'], routes: [[{ country: 'MX', port: 'Uruapan' }, { country: 'US', port: 'Laredo' }]], mode: 'road' },
  { from: 'US', to: 'CA', goods: ['machinery', 'food', 'medical'], routes: [[{ country: 'US', port: 'Detroit' }, { country: 'CA', port: 'Windsor' }]], mode: 'road' },
  { from: 'US', to: 'DE', goods: ['food', 'medical', 'machinery'], routes: [[{ country: 'US', port: 'Oakland' }, { country: 'PA', port: 'Balboa' }, { country: 'DE', port: 'Hamburg' }], [{ country: 'US', port: 'Savannah' }, { country: 'DE', port: 'Bremerhaven' }]], mode: 'sea' },
  { from: 'US', to: 'JP', goods: ['food', 'medical'], routes: [[{ country: 'US', port: 'Oakland' }, { country: 'JP', port: 'Yokohama' }]], mode: 'sea' },
  { from: 'US', to: 'MX', goods: ['machinery', 'plastics', 'paper'], routes: [[{ country: 'US', port: 'Laredo' }, { country: 'MX', port: 'Nuevo Laredo' }]], mode: 'road' },
  { from: 'CA', to: 'US', goods: ['lumber', 'food'], routes: [[{ country: 'CA', port: 'Vancouver' }, { country: 'US', port: 'Seattle' }]], mode: 'road' },
  { from: 'DE', to: 'US', goods: ['machinery', 'cars', 'medical'], routes: [[{ country: 'DE', port: 'Bremerhaven' }, { country: 'US', port: 'Baltimore' }], [{ country: 'DE', port: 'Hamburg' }, { country: 'US', port: 'Charleston' }]], mode: 'sea' },
  { from: 'DE', to: 'CN', goods: ['machinery', 'cars', 'medical'], routes: [[{ country: 'DE', port: 'Hamburg' }, { country: 'EG', port: 'Port Said' }, { country: 'SG', port: 'Singapore' }, { country: 'CN', port: 'Shanghai' }]], mode: 'sea' },
  { from: 'DE', to: 'AE', goods: ['machinery', 'cars', 'food'], routes: [[{ country: 'DE', port: 'Hamburg' }, { country: 'AE', port: 'Jebel Ali' }], [{ country: 'DE', port: 'Bremerhaven' }, { country: 'EG', port: 'Port Said' }, { country: 'AE', port: 'Jebel Ali' }]], mode: 'sea' },
  { from: 'FR', to: 'AE', goods: ['machinery', 'cosmetics', 'food', 'wine'], routes: [[{ country: 'FR', port: 'Marseille-Fos' }, { country: 'EG', port: 'Port Said' }, { country: 'AE', port: 'Jebel Ali' }], [{ country: 'FR', port: 'Le Havre' }, { country: 'AE', port: 'Jebel Ali' }]], mode: 'sea' },
  { from: 'FR', to: 'US', goods: ['wine', 'cosmetics', 'food'], routes: [[{ country: 'FR', port: 'Le Havre' }, { country: 'US', port: 'New York/New Jersey' }]], mode: 'sea' },
  { from: 'IT', to: 'US', goods: ['food', 'tiles', 'furniture', 'wine'], routes: [[{ country: 'IT', port: 'La Spezia' }, { country: 'ES', port: 'Valencia' }, { country: 'US', port: 'New York/New Jersey' }], [{ country: 'IT', port: 'Genova' }, { country: 'US', port: 'Savannah' }]], mode: 'sea' },
  { from: 'IT', to: 'SA', goods: ['food', 'tiles', 'machinery'], routes: [[{ country: 'IT', port: 'Gioia Tauro' }, { country: 'EG', port: 'Port Said' }, { country: 'SA', port: 'Jeddah' }]], mode: 'sea' },
  { from: 'GB', to: 'SG', goods: ['wine', 'food', 'medical'], routes: [[{ country: 'GB', port: 'Southampton' }, { country: 'EG', port: 'Port Said' }, { country: 'LK', port: 'Colombo' }, { country: 'SG', port: 'Singapore' }]], mode: 'sea' },
  { from: 'GB', to: 'US', goods: ['wine', 'medical', 'food'], routes: [[{ country: 'GB', port: 'Felixstowe' }, { country: 'US', port: 'New York/New Jersey' }]], mode: 'sea' },
  { from: 'NL', to: 'GB', goods: ['flowers', 'food'], routes: [[{ country: 'NL', port: 'Aalsmeer' }, { country: 'GB', port: 'Harwich' }]], mode: 'road' },
  { from: 'KE', to: 'NL', goods: ['flowers', 'tea'], routes: [[{ country: 'KE', port: 'Nairobi JKIA' }, { country: 'NL', port: 'Amsterdam Schiphol' }], [{ country: 'KE', port: 'Nairobi JKIA' }, { country: 'AE', port: 'Dubai World Central' }, { country: 'NL', port: 'Amsterdam Schiphol' }], [{ country: 'KE', port: 'Nairobi JKIA' }, { country: 'QA', port: 'Doha Hamad' }, { country: 'NL', port: 'Amsterdam Schiphol' }]], mode: 'air' },
  { from: 'KE', to: 'GB', goods: ['tea'], routes: [[{ country: 'KE', port: 'Mombasa' }, { country: 'OM', port: 'Salalah' }, { country: 'GB', port: 'London Gateway' }]], mode: 'sea' },
  { from: 'ZA', to: 'GB', goods: ['fruit', 'wine'], routes: [[{ country: 'ZA', port: 'Cape Town' }, { country: 'GB', port: 'London Gateway' }], [{ country: 'ZA', port: 'Durban' }, { country: 'ES', port: 'Algeciras' }, { country: 'GB', port: 'Southampton' }]], mode: 'sea' },
  { from: 'ZA', to: 'NL', goods: ['fruit'], routes: [[{ country: 'ZA', port: 'Cape Town' }, { country: 'NL', port: 'Rotterdam' }]], mode: 'sea' },
  { from: 'EG', to: 'DE', goods: ['fruit', 'textiles'], routes: [[{ country: 'EG', port: 'Alexandria' }, { country: 'GR', port: 'Piraeus' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'MA', to: 'FR', goods: ['fruit', 'food'], routes: [[{ country: 'MA', port: 'Agadir' }, { country: 'MA', port: 'Tanger Med' }, { country: 'ES', port: 'Algeciras' }, { country: 'FR', port: 'Perpignan' }]], mode: 'road' },
  { from: 'CL', to: 'NL', goods: ['fruit', 'wine', 'seafood'], routes: [[{ country: 'CL', port: 'San Antonio' }, { country: 'PA', port: 'Manzanillo (Colón)' }, { country: 'NL', port: 'Rotterdam' }]], mode: 'sea' },
  { from: 'CL', to: 'CN', goods: ['fruit', 'seafood', 'wine'], routes: [[{ country: 'CL', port: 'San Antonio' }, { country: 'KR', port: 'Busan' }, { country: 'CN', port: 'Shanghai' }]], mode: 'sea' },
  { from: 'PE', to: 'US', goods: ['fruit'], routes: [[{ country: 'PE', port: 'Callao' }, { country: 'PA', port: 'Balboa' }, { country: 'US', port: 'Philadelphia' }]], mode: 'sea' },
  { from: 'AU', to: 'CN', goods: ['wool', 'wine'], routes: [[{ country: 'AU', port: 'Melbourne' }, { country: 'CN', port: 'Shanghai' }]], mode: 'sea' },
  { from: 'AU', to: 'GB', goods: ['wine'], routes: [[{ country: 'AU', port: 'Adelaide' }, { country: 'SG', port: 'Singapore' }, { country: 'GB', port: 'London Gateway' }]], mode: 'sea' },
  { from: 'NZ', to: 'JP', goods: ['fruit', 'food'], routes: [[{ country: 'NZ', port: 'Tauranga' }, { country: 'JP', port: 'Osaka' }]], mode: 'sea' },
  { from: 'JP', to: 'US', goods: ['cars', 'machinery'], routes: [[{ country: 'JP', port: 'Nagoya' }, { country: 'US', port: 'Long Beach' }]], mode: 'sea' },
  { from: 'JP', to: 'AU', goods: ['cars'], routes: [[{ country: 'JP', port: 'Nagoya' }, { country: 'AU', port: 'Melbourne' }]], mode: 'sea' },
  { from: 'KR', to: 'DE', goods: ['autoparts', 'appliances'], routes: [[{ country: 'KR', port: 'Busan' }, { country: 'SG', port: 'Singapore' }, { country: 'EG', port: 'Port Said' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'TH', to: 'US', goods: ['food', 'rice'], routes: [[{ country: 'TH', port: 'Laem Chabang' }, { country: 'HK', port: 'Hong Kong' }, { country: 'US', port: 'Los Angeles' }]], mode: 'sea' },
  { from: 'MY', to: 'US', goods: ['medical'], routes: [[{ country: 'MY', port: 'Port Klang' }, { country: 'US', port: 'Los Angeles' }]], mode: 'sea' },
  { from: 'MY', to: 'DE', goods: ['medical'], routes: [[{ country: 'MY', port: 'Port Klang' }, { country: 'LK', port: 'Colombo' }, { country: 'DE', port: 'Hamburg' }]], mode: 'sea' },
  { from: 'ID', to: 'NL', goods: ['coffee', 'food'], routes: [[{ country: 'ID', port: 'Belawan' }, { country: 'MY', port: 'Port Klang' }, { country: 'NL', port: 'Rotterdam' }]], mode: 'sea' },
  { from: 'IT', to: 'IL', goods: ['food', 'tiles'], routes: [[{ country: 'IT', port: 'Genova' }, { country: 'IL', port: 'Haifa' }]], mode: 'sea' },
  { from: 'DE', to: 'KZ', goods: ['food', 'medical'], routes: [[{ country: 'DE', port: 'Hamburg' }, { country: 'PL', port: 'Małaszewicze' }, { country: 'KZ', port: 'Almaty' }]], mode: 'road' },
  { from: 'NL', to: 'NG', goods: ['food', 'paper'], routes: [[{ country: 'NL', port: 'Rotterdam' }, { country: 'ES', port: 'Algeciras' }, { country: 'NG', port: 'Apapa' }]], mode: 'sea' },
  { from: 'GB', to: 'GH', goods: ['food', 'medical'], routes: [[{ country: 'GB', port: 'Tilbury' }, { country: 'MA', port: 'Tanger Med' }, { country: 'GH', port: 'Tema' }]], mode: 'sea' },
  { from: 'TR', to: 'AE', goods: ['textiles', 'food', 'tiles'], routes: [[{ country: 'TR', port: 'Mersin' }, { country: 'EG', port: 'Port Said' }, { country: 'AE', port: 'Jebel Ali' }]], mode: 'sea' },
  { from: 'IN', to: 'AE', goods: ['rice', 'spices', 'textiles', 'pharma'], routes: [[{ country: 'IN', port: 'Mundra' }, { country: 'AE', port: 'Jebel Ali' }]], mode: 'sea' },
  { from: 'SG', to: 'AU', goods: ['machinery', 'food'], routes: [[{ country: 'SG', port: 'Singapore' }, { country: 'AU', port: 'Sydney' }]], mode: 'sea' },
  { from: 'CN', to: 'BR', goods: ['solar', 'appliances', 'toys'], routes: [[{ country: 'CN', port: 'Shanghai' }, { country: 'SG', port: 'Singapore' }, { country: 'BR', port: 'Santos' }]], mode: 'sea' },
];

const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[^\w\s]/g, '').trim().toLowerCase().split(/\s+/).slice(0, 2).join('');
}

function firm(country: string, family: string, r: () => number, used: Set<string>): Firm {
  const spec = FIRMS[country];
  if (!spec) throw new Error(`no firm shapes for ${country}`);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; ; i++) {
    const first = pick(spec.first);
    const trade = spec.trade[family] ?? spec.trade.default!;
    const name = `${first} ${trade} ${pick(spec.legal)}`;
    if (used.has(name) && i < 20) continue;
    used.add(name);
    const [city, street, postal] = pick(spec.cities);
    return { name, city, street, postal, domain: `${slug(`${first} ${trade}`)}.example` };
  }
}

const address = (f: Firm, country: string) => ({ street: f.street, city: f.city, postalCode: f.postal, country });

/** The ordinary shipments, `n` of them (default 360), deterministic for a seed. */
export function cleanShipments(n = 360, seed = 20261202): ScreeningRequest[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const used = new Set<string>();
  const out: ScreeningRequest[] = [];
  for (let i = 0; i < n; i++) {
    const c = CORRIDORS[i % CORRIDORS.length]!;
    const family = pick(c.goods);
    const lines = GOODS[family]!;
    const seller = firm(c.from, family, r, used);
    const buyer = firm(c.to, family, r, used);
    const route = pick(c.routes);
    const carrier = c.mode === 'air' ? pick(AIR_CARRIERS) : c.mode === 'sea' ? pick(CARRIERS) : undefined;
    const forwarder = pick(FORWARDERS);
    const month = 1 + Math.floor(r() * 11);
    const goods = [pick(lines), ...(r() < 0.3 ? [pick(lines)] : [])].filter((g, k, a) => a.indexOf(g) === k);
    const buyerBank = pick(BANK_NAMES[c.to] ?? ['Local Bank']);
    const jurisdictions = EU.has(c.from) ? ['EU'] : ['US', 'GB'].includes(c.from) ? [c.from] : undefined;
    out.push({
      reference: `CLEAN-${String(i + 1).padStart(4, '0')}`,
      transactionDate: `2026-${String(month).padStart(2, '0')}-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`,
      parties: [
        { role: 'seller', name: seller.name, type: 'organization', aliases: [], identifiers: [], country: c.from, address: address(seller, c.from), website: `https://www.${seller.domain}`, email: `export@${seller.domain}`, incorporationDate: `${1965 + Math.floor(r() * 50)}`, customerSince: `${2005 + Math.floor(r() * 15)}` },
        { role: 'buyer', name: buyer.name, type: 'organization', aliases: [], identifiers: [], country: c.to, address: address(buyer, c.to), website: `https://www.${buyer.domain}`, email: `purchasing@${buyer.domain}`, incorporationDate: `${1970 + Math.floor(r() * 45)}`, customerSince: `${2008 + Math.floor(r() * 14)}` },
        { role: 'freight_forwarder', name: forwarder.name, type: 'organization', aliases: [], identifiers: [], country: forwarder.country, website: `https://www.${forwarder.domain}` },
        ...(carrier ? [{ role: 'carrier' as const, name: carrier.name, type: 'organization' as const, aliases: [], identifiers: [], country: carrier.country, website: `https://www.${carrier.domain}` }] : []),
        ...(r() < 0.5 ? [{ role: 'bank' as const, name: buyerBank, type: 'organization' as const, aliases: [], identifiers: [], country: c.to }] : []),
      ],
      goods: goods.map((g) => {
        const quantity = Math.round(g.unitValue > 1000 ? 2 + r() * 20 : 500 + r() * 20000);
        return { hsCode: g.hs, description: g.description, quantity, unit: g.unit, value: Math.round(quantity * g.unitValue), currency: pick(['EUR', 'USD', 'GBP']), originCountry: c.from };
      }),
      route: route.map((l, k) => ({ country: l.country, port: l.port, mode: c.mode, ...(k > 0 && k < route.length - 1 ? { transshipment: true } : {}) })),
      declaredDestination: c.to,
      ...(jurisdictions ? { exporterJurisdictions: jurisdictions as ScreeningRequest['exporterJurisdictions'] } : {}),
      endUse: { endUser: buyer.name, statement: `for resale and own use in ${c.to}` },
      payment: { payer: buyer.name, payerCountry: c.to, method: pick(['TT', 'LC', 'TT']), bankCountries: [...new Set([c.to, c.from])], currency: pick(['EUR', 'USD']) },
      contract: { noRussiaClause: true, signedDate: '2026-01-10' },
      options: { limit: 5 },
    } as ScreeningRequest);
  }
  return out;
}
