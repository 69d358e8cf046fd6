/**
 * 2,000 ordinary (unlisted) people and companies of many cultures for the false-positive bench of bench:quality:
 * common given names and surnames per culture, dates of birth 1950–2004, nationalities; companies from a common
 * surname or place word, a trade word and the culture's usual legal form. Deterministic (seeded PRNG).
 *
 * Sources of the name tables (the most frequent names each publisher reports; spellings as commonly romanised):
 * - US: US Census Bureau, "Frequently Occurring Surnames from the 2010 Census" (census.gov/topics/population/genealogy/data/2010_surnames.html);
 *   Social Security Administration, "Top Names of the 1980s/1990s" (ssa.gov/oact/babynames/decades), retrieved 2026.
 * - GB: Office for National Statistics, "Baby names in England and Wales" 1996–2020 (ons.gov.uk).
 * - ES/MX: Instituto Nacional de Estadística, "Apellidos y nombres más frecuentes" (ine.es, 2023); INEGI (MX).
 * - BR/PT: IBGE, "Nomes no Brasil" Censo 2010 (censo2010.ibge.gov.br/nomes).
 * - FR: INSEE, "Fichier des prénoms" (insee.fr, 2023); surnames: INSEE births 1891–1990 (Géopatronyme).
 * - DE: Gesellschaft für deutsche Sprache, "Vornamen-Hitlisten"; surnames: Duden Familiennamen (most frequent).
 * - IT: ISTAT, "Nomi più frequenti" (istat.it); surnames: Italian telephone directory counts (cognomix).
 * - RU/UA: Russian and Ukrainian frequency lists of given names and surnames (Wikipedia, "Most common surnames in
 *   Russia" citing Zhuravlev 2005; Ukrainian Ministry of Justice name statistics 2019).
 * - TR: Türkiye İstatistik Kurumu (TÜİK), "Doğum İstatistikleri — en çok verilen isimler" (tuik.gov.tr), surname frequency (Soyadı Kanunu registry, Wikipedia).
 * - Arabic (EG, SA, JO, MA): Forebears.io name frequency by country (2014 data) for the most frequent given names and family names.
 * - IR: National Organization for Civil Registration of Iran, most popular names (sabteahval.ir, 2019); surnames: Forebears.io Iran.
 * - CN: Ministry of Public Security of the PRC, "2020年全国姓名报告" (national name report, surnames and given names), pinyin.
 * - IN: Forebears.io India (most frequent surnames and given names).
 * - KR: Statistics Korea, 2015 Census surnames (kostat.go.kr); given names: Supreme Court of Korea name statistics.
 * - JP: Meiji Yasuda Life, "名前ランキング" (meijiyasuda.co.jp) given names; surnames: myoji-yurai.net ranking.
 * - VN: Wikipedia "Vietnamese name" (most common family names, citing the 2005 census sample).
 * - NG: Forebears.io Nigeria; ID: Forebears.io Indonesia.
 */
import { rng } from './rng';
export interface Ordinary { name: string; type: 'person' | 'organization'; dateOfBirth?: string; country: string; culture: string }

interface Culture { id: string; countries: string[]; given: string[]; surnames: string[]; surnameFirst?: boolean; legal: string[]; words: string[] }

const CULTURES: Culture[] = [
  { id: 'us', countries: ['US'], given: ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Christopher', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Ashley', 'Brian', 'Kevin', 'Emily'],
    surnames: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young'],
    legal: ['LLC', 'Inc.', 'Corp.'], words: ['Supply', 'Logistics', 'Foods', 'Packaging', 'Components', 'Hardware', 'Plastics', 'Textiles'] },
  { id: 'gb', countries: ['GB'], given: ['Oliver', 'George', 'Harry', 'Jack', 'Charlie', 'Thomas', 'Olivia', 'Amelia', 'Isla', 'Emily', 'Sophie', 'Jessica', 'Daniel', 'Samuel', 'Chloe', 'Lucy'],
    surnames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'],
    legal: ['Ltd', 'Limited', 'PLC'], words: ['Engineering', 'Components', 'Freight', 'Brewing', 'Textiles', 'Joinery', 'Fabrications'] },
  { id: 'es', countries: ['ES', 'MX', 'CO', 'AR'], given: ['Antonio', 'Manuel', 'Jose', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'Carlos', 'Miguel', 'Maria', 'Carmen', 'Ana', 'Isabel', 'Laura', 'Lucia', 'Marta', 'Cristina', 'Alejandro', 'Pablo'],
    surnames: ['Garcia', 'Rodriguez', 'Gonzalez', 'Fernandez', 'Lopez', 'Martinez', 'Sanchez', 'Perez', 'Gomez', 'Martin', 'Jimenez', 'Ruiz', 'Hernandez', 'Diaz', 'Moreno', 'Alvarez', 'Munoz', 'Romero', 'Alonso', 'Navarro', 'Torres', 'Ramirez'],
    legal: ['S.A.', 'S.L.', 'S.A. de C.V.'], words: ['Distribuciones', 'Construcciones', 'Transportes', 'Alimentos', 'Maquinaria', 'Comercial'] },
  { id: 'br', countries: ['BR', 'PT'], given: ['Joao', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Mateus', 'Maria', 'Ana', 'Juliana', 'Fernanda', 'Beatriz', 'Camila', 'Paulo', 'Carlos', 'Luiz'],
    surnames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Sousa', 'Fernandes'],
    legal: ['Ltda.', 'S.A.', 'Lda.'], words: ['Comercio', 'Industria', 'Transportes', 'Alimentos', 'Engenharia', 'Logistica'] },
  { id: 'fr', countries: ['FR', 'BE'], given: ['Jean', 'Pierre', 'Michel', 'Philippe', 'Nicolas', 'Julien', 'Marie', 'Nathalie', 'Isabelle', 'Sophie', 'Camille', 'Chloe', 'Thomas', 'Antoine', 'Hugo', 'Lea'],
    surnames: ['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard'],
    legal: ['SARL', 'SAS', 'S.A.'], words: ['Transports', 'Emballages', 'Distribution', 'Negoce', 'Ateliers', 'Industries'] },
  { id: 'de', countries: ['DE', 'AT', 'CH'], given: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Peter', 'Klaus', 'Juergen', 'Sabine', 'Susanne', 'Petra', 'Claudia', 'Anna', 'Lukas', 'Leon', 'Julia', 'Katrin'],
    surnames: ['Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schaefer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schroeder', 'Neumann', 'Schwarz', 'Zimmermann'],
    legal: ['GmbH', 'AG', 'GmbH & Co. KG'], words: ['Maschinenbau', 'Logistik', 'Handel', 'Elektrotechnik', 'Verpackung', 'Metallbau'] },
  { id: 'it', countries: ['IT'], given: ['Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Marco', 'Maria', 'Anna', 'Giulia', 'Francesca', 'Sara', 'Alessandro', 'Andrea', 'Paola'],
    surnames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo'],
    legal: ['S.r.l.', 'S.p.A.'], words: ['Meccanica', 'Trasporti', 'Alimentari', 'Tessuti', 'Costruzioni', 'Commerciale'] },
  { id: 'ru', countries: ['RU', 'UA', 'BY', 'KZ'], given: ['Aleksandr', 'Sergey', 'Dmitry', 'Andrey', 'Aleksey', 'Maksim', 'Ivan', 'Mikhail', 'Elena', 'Olga', 'Natalia', 'Tatiana', 'Irina', 'Anna', 'Svetlana', 'Yulia'],
    surnames: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Vasiliev', 'Petrov', 'Sokolov', 'Mikhailov', 'Novikov', 'Fedorov', 'Morozov', 'Volkov', 'Alekseev', 'Lebedev', 'Semenov', 'Egorov', 'Pavlov', 'Kozlov', 'Stepanov', 'Nikolaev', 'Shevchenko', 'Bondarenko', 'Kovalenko', 'Tkachenko'],
    legal: ['LLC', 'OOO', 'JSC'], words: ['Stroy', 'Trans', 'Agro', 'Torg', 'Snab', 'Servis', 'Mebel'] },
  { id: 'tr', countries: ['TR'], given: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Huseyin', 'Hasan', 'Ibrahim', 'Fatma', 'Ayse', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Murat', 'Emre', 'Burak'],
    surnames: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Yildirim', 'Ozturk', 'Aydin', 'Ozdemir', 'Arslan', 'Dogan', 'Kilic', 'Aslan', 'Cetin', 'Kara', 'Koc', 'Kurt', 'Ozkan', 'Simsek'],
    legal: ['Ltd. Sti.', 'A.S.', 'San. ve Tic. Ltd. Sti.'], words: ['Tekstil', 'Gida', 'Insaat', 'Otomotiv', 'Plastik', 'Lojistik'] },
  { id: 'ar', countries: ['EG', 'SA', 'JO', 'MA', 'AE'], given: ['Mohamed', 'Ahmed', 'Mahmoud', 'Mustafa', 'Youssef', 'Khaled', 'Omar', 'Tarek', 'Fatma', 'Aisha', 'Mariam', 'Nour', 'Layla', 'Samir', 'Karim', 'Hany', 'Walid', 'Rania', 'Amr', 'Sherif'],
    surnames: ['El-Sayed', 'Hassan', 'Mahmoud', 'Ibrahim', 'Abdel-Aziz', 'Saleh', 'Mansour', 'Haddad', 'Khalil', 'Nasser', 'Farouk', 'Shehata', 'Ragab', 'Soliman', 'Fathy', 'Zaki', 'Hamdan', 'Qasem', 'Al-Otaibi', 'Al-Harbi', 'Bennani', 'Alaoui'],
    legal: ['LLC', 'Co.', 'Est.', 'FZE'], words: ['Trading', 'Contracting', 'Foodstuff', 'Textiles', 'Building Materials', 'Electronics'] },
  { id: 'ir', countries: ['IR'], given: ['Mohammad', 'Ali', 'Hossein', 'Reza', 'Mehdi', 'Amir', 'Hamid', 'Saeed', 'Fatemeh', 'Zahra', 'Maryam', 'Narges', 'Sara', 'Parisa', 'Arash', 'Babak', 'Kaveh', 'Shirin'],
    surnames: ['Mohammadi', 'Hosseini', 'Ahmadi', 'Rezaei', 'Moradi', 'Karimi', 'Jafari', 'Rahimi', 'Hashemi', 'Sadeghi', 'Ghasemi', 'Mousavi', 'Kazemi', 'Ebrahimi', 'Heydari', 'Rostami', 'Nazari', 'Akbari'],
    legal: ['Co.', 'Ltd'], words: ['Sanat', 'Tejarat', 'Pars', 'Nasaji', 'Tolid', 'Bazargani'] },
  { id: 'cn', countries: ['CN', 'HK', 'TW', 'SG'], surnameFirst: true, given: ['Wei', 'Fang', 'Xiuying', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Yong', 'Yan', 'Jie', 'Tao', 'Ming', 'Chao', 'Xiulan', 'Xia', 'Ping', 'Gang', 'Hui'],
    surnames: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Gao', 'Lin', 'Luo'],
    legal: ['Co., Ltd.', 'Limited', 'Trading Co., Ltd.'], words: ['Electronics', 'Machinery', 'Textile', 'Hardware', 'Import and Export', 'Plastic Products'] },
  { id: 'in', countries: ['IN'], given: ['Rahul', 'Amit', 'Rajesh', 'Suresh', 'Sanjay', 'Vijay', 'Anil', 'Priya', 'Pooja', 'Anjali', 'Sunita', 'Neha', 'Deepak', 'Ravi', 'Arjun', 'Kavita'],
    surnames: ['Kumar', 'Singh', 'Sharma', 'Patel', 'Gupta', 'Shah', 'Reddy', 'Yadav', 'Das', 'Jain', 'Mehta', 'Nair', 'Iyer', 'Rao', 'Joshi', 'Verma', 'Agarwal', 'Mishra'],
    legal: ['Pvt. Ltd.', 'Private Limited', 'LLP'], words: ['Exports', 'Textiles', 'Pharma', 'Engineering Works', 'Agro Foods', 'Polymers'] },
  { id: 'kr', countries: ['KR'], surnameFirst: true, given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ji-woo', 'Hyun-woo', 'Su-bin', 'Do-yoon', 'Ha-eun', 'Jae-won', 'Eun-ji', 'Sung-min', 'Young-ho', 'Min-seo', 'Dong-hyun'],
    surnames: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang'],
    legal: ['Co., Ltd.', 'Inc.'], words: ['Electronics', 'Industrial', 'Precision', 'Chemical', 'Logistics'] },
  { id: 'jp', countries: ['JP'], given: ['Hiroshi', 'Takashi', 'Kenji', 'Satoshi', 'Yuki', 'Haruto', 'Sota', 'Yuto', 'Yoko', 'Keiko', 'Yumi', 'Akiko', 'Sakura', 'Yui', 'Naoki', 'Daisuke'],
    surnames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue'],
    legal: ['Co., Ltd.', 'K.K.'], words: ['Seiki', 'Shoji', 'Kogyo', 'Denki', 'Trading', 'Precision'] },
  { id: 'vn', countries: ['VN'], surnameFirst: true, given: ['Van Anh', 'Thi Mai', 'Minh Tuan', 'Thi Lan', 'Duc Anh', 'Thanh Huong', 'Quoc Bao', 'Thi Hoa', 'Van Hung', 'Ngoc Anh', 'Hoang Nam'],
    surnames: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly'],
    legal: ['Co., Ltd', 'JSC'], words: ['Thuong Mai', 'Xuat Nhap Khau', 'Seafood', 'Garment', 'Furniture'] },
  { id: 'ng', countries: ['NG', 'GH'], given: ['Chinedu', 'Emeka', 'Oluwaseun', 'Tunde', 'Ibrahim', 'Musa', 'Ngozi', 'Chioma', 'Funmilayo', 'Aisha', 'Adebayo', 'Kwame', 'Ama', 'Kofi'],
    surnames: ['Okafor', 'Adeyemi', 'Okonkwo', 'Bello', 'Ogunleye', 'Eze', 'Abubakar', 'Nwosu', 'Balogun', 'Adebayo', 'Mensah', 'Owusu', 'Boateng', 'Danjuma'],
    legal: ['Ltd', 'Nigeria Limited', 'Enterprises'], words: ['Ventures', 'Agro Allied', 'Oil and Gas Services', 'Global Concept', 'Integrated Services'] },
  { id: 'id', countries: ['ID', 'MY'], given: ['Budi', 'Agus', 'Dewi', 'Siti', 'Rizky', 'Putri', 'Andi', 'Sri', 'Eko', 'Wahyu', 'Nur', 'Indah', 'Hendra', 'Fitri'],
    surnames: ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Setiawan', 'Nugroho', 'Susanto', 'Gunawan', 'Halim', 'Lim', 'Tan', 'Wibowo'],
    legal: ['PT', 'Sdn. Bhd.', 'CV'], words: ['Makmur', 'Sejahtera', 'Abadi', 'Jaya', 'Mandiri', 'Sentosa'] },
];


export function ordinaryParties(n = 2000, seed = 20261202): Ordinary[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: Ordinary[] = [];
  for (let i = 0; i < n; i++) {
    const c = CULTURES[i % CULTURES.length]!;
    const country = pick(c.countries);
    if (i % 4 === 3) {
      // a company: "<surname or trade word> <trade word> <legal form>", or the legal form first where that is usual
      const head = r() < 0.5 ? pick(c.surnames) : pick(c.words);
      const name = `${head} ${pick(c.words)} ${pick(c.legal)}`;
      out.push({ name: c.legal[0] === 'PT' && r() < 0.5 ? `PT ${head} ${pick(c.words)}` : name, type: 'organization', country, culture: c.id });
      continue;
    }
    const given = r() < 0.25 && !c.surnameFirst ? `${pick(c.given)} ${pick(c.given)}` : pick(c.given);
    const surname = c.id === 'es' && r() < 0.6 ? `${pick(c.surnames)} ${pick(c.surnames)}` : pick(c.surnames);
    const name = c.surnameFirst ? `${surname} ${given}` : `${given} ${surname}`;
    const y = 1950 + Math.floor(r() * 55);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const dob = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    out.push({ name, type: 'person', dateOfBirth: dob, country, culture: c.id });
  }
  return out;
}
