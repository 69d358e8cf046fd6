/**
 * Population frequency of personal names: the most frequent surnames and given names of several populations, as their
 * statistics offices or the cited frequency studies publish them (rank order within each list, most frequent first).
 * Used by score/common-names.ts to tell a name made of very common words ("James Lee", "Mohammad Ahmadi") from a
 * distinctive one: a common name alone identifies nobody, so it needs an attribute to corroborate a match.
 * Compiled by hand from the public rankings below (names only — no counts are copied; the only property used is "among
 * the most frequent N of that population"); spellings as commonly romanised, variants folded by the matcher's own keys.
 *
 * Sources (public statistics; names are facts, reproduced here as short ranked lists with attribution):
 * - US surnames: US Census Bureau, "Frequently Occurring Surnames from the 2010 Census", top 150 (census.gov, public
 *   domain, US Government work). Given names: Social Security Administration, "Top Names Over the Last 100 Years" and
 *   "Top names of the 1960s–2000s" (ssa.gov/oact/babynames, public domain).
 * - GB: Office for National Statistics, "Baby names in England and Wales" (Open Government Licence v3.0); surnames:
 *   ONS/Guardian "most common surnames in Britain" (Office for National Statistics 2002 list).
 * - ES / Latin America: Instituto Nacional de Estadística, "Apellidos y nombres más frecuentes" (ine.es, reuse with
 *   attribution); INEGI / RENAPO (MX) most frequent names.
 * - BR / PT: IBGE, "Nomes no Brasil", Censo 2010 (CC BY 4.0 data portal); Portugal: IRN most registered names.
 * - FR: INSEE, "Fichier des prénoms" (Licence Ouverte 2.0); surnames: INSEE births 1891–1990 (Géopatronyme ranking).
 * - DE / AT / CH: Gesellschaft für deutsche Sprache "Vornamen"; surnames: Duden Familiennamen (Kunze/Nübling, Deutscher
 *   Familiennamenatlas ranking).
 * - IT: ISTAT "Nomi e cognomi" (CC BY 3.0 IT).
 * - RU / UA / BY: Zhuravlev A. F., "Русские фамилии: частотный список" (2005, the 250 most frequent); given names:
 *   Rosstat/ZAGS Moscow statistics; Ukrainian Ministry of Justice open-data name statistics (2019).
 * - Arabic (EG, SA, Levant, Maghreb) and Persian (IR, AF): Forebears name-frequency rankings by country (2014
 *   data); National Organization for Civil Registration of Iran (sabteahval.ir), most registered names.
 * - TR: TÜİK "Doğum istatistikleri — en çok verilen isimler"; surnames: Nüfus ve Vatandaşlık İşleri ranking.
 * - CN: Ministry of Public Security, "二〇二〇年全国姓名报告" (the 100 common surnames 百家姓 by population) and the most
 *   frequent given-name characters; pinyin without tones.
 * - KR: Statistics Korea, 2015 Census surnames (KOSIS); given-name syllables: Supreme Court of Korea registry ranking.
 * - JP: Meiji Yasuda Life "名前ランキング"; surnames: myoji-yurai ranking (most frequent 50).
 * - VN: Lê Trung Hoa, "Họ và tên người Việt Nam" (the 14 surnames held by ~90 % of the population) and the usual
 *   middle/given names.
 * - IN / PK / BD: Forebears rankings (India, Pakistan, Bangladesh), most frequent surnames and given names.
 * - NG / GH / KE, ID / MY, PH: Forebears rankings (most frequent surnames and given names).
 */

/** One population's most frequent surnames and given names (rank order). Multi-word entries are read word by word. */
export interface NamePopulation {
  id: string;
  /** ISO 3166-1 alpha-2 codes of the countries where this population's names are the usual ones */
  countries: readonly string[];
  surnames: readonly string[];
  given: readonly string[];
}

export const NAME_POPULATIONS: readonly NamePopulation[] = [
  {
    id: 'us',
    countries: ['US', 'CA', 'AU', 'NZ'],
    surnames: [
      'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
      'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White',
      'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres',
      'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
      'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales',
      'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos',
      'Kim', 'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
      'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez', 'Powell', 'Jenkins', 'Perry',
      'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero',
      'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes',
      'Bryant', 'Herrera', 'Gibson', 'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens',
      'Harrison', 'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman', 'Webb',
      'Tucker', 'Guzman', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez', 'Silva', 'Shaw', 'Snyder',
      'Mason', 'Dixon', 'Munoz', 'Hunt', 'Hicks', 'Holmes', 'Palmer', 'Wagner', 'Black', 'Robertson', 'Boyd', 'Rose', 'Stone', 'Salazar',
      'Fox', 'Warren', 'Mills', 'Meyer', 'Rice', 'Schmidt', 'Garza', 'Daniels', 'Ferguson', 'Nichols', 'Stephens', 'Soto', 'Weaver',
      'Ryan', 'Gardner', 'Payne', 'Grant', 'Dunn', 'Kelley', 'Spencer', 'Hawkins', 'Arnold', 'Pierce', 'Vazquez', 'Hansen', 'Peters',
      'Santos', 'Hart', 'Bradley', 'Knight', 'Elliott', 'Cunningham', 'Duncan', 'Armstrong', 'Hudson', 'Carroll', 'Lane', 'Riley',
      'Andrews', 'Alvarado', 'Ray', 'Delgado', 'Berry', 'Perkins', 'Hoffman', 'Johnston', 'Matthews', 'Pena', 'Richards', 'Contreras',
      'Willis', 'Carpenter', 'Lawrence', 'Sandoval',
    ],
    given: [
      'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel',
      'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George', 'Timothy',
      'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin',
      'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Frank', 'Patrick', 'Raymond', 'Jack', 'Dennis', 'Jerry',
      'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Douglas', 'Zachary', 'Peter', 'Kyle', 'Ethan', 'Walter', 'Noah', 'Jeremy',
      'Christian', 'Keith', 'Roger', 'Terry', 'Gerald', 'Harold', 'Sean', 'Austin', 'Carl', 'Arthur', 'Lawrence', 'Dylan', 'Jesse',
      'Jordan', 'Bryan', 'Billy', 'Joe', 'Bruce', 'Gabriel', 'Logan', 'Albert', 'Willie', 'Alan', 'Juan', 'Wayne', 'Elijah', 'Randy',
      'Roy', 'Vincent', 'Ralph', 'Eugene', 'Russell', 'Bobby', 'Mason', 'Philip', 'Louis', 'Bob', 'Bill', 'Jim', 'Mike', 'Tom', 'Joe',
      'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa', 'Nancy', 'Betty',
      'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Dorothy', 'Melissa', 'Deborah',
      'Stephanie', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Kathleen', 'Amy', 'Angela', 'Shirley', 'Anna', 'Brenda', 'Pamela', 'Emma',
      'Nicole', 'Helen', 'Samantha', 'Katherine', 'Christine', 'Debra', 'Rachel', 'Carolyn', 'Janet', 'Catherine', 'Maria', 'Heather',
      'Diane', 'Ruth', 'Julie', 'Olivia', 'Joyce', 'Virginia', 'Victoria', 'Kelly', 'Lauren', 'Christina', 'Joan', 'Evelyn', 'Judith',
      'Megan', 'Andrea', 'Cheryl', 'Hannah', 'Jacqueline', 'Martha', 'Gloria', 'Teresa', 'Ann', 'Sara', 'Madison', 'Frances', 'Kathryn',
      'Janice', 'Jean', 'Abigail', 'Alice', 'Judy', 'Sophia', 'Grace', 'Denise', 'Amber', 'Doris', 'Marilyn', 'Danielle', 'Beverly',
      'Isabella', 'Theresa', 'Diana', 'Natalie', 'Brittany', 'Charlotte', 'Marie', 'Kayla', 'Alexis', 'Lori',
    ],
  },
  {
    id: 'gb',
    countries: ['GB', 'IE', 'AU', 'NZ', 'CA'],
    surnames: [
      'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson',
      'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson',
      'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan',
      'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly',
      'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall',
      'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray',
      'Mason', 'Ali', 'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd',
      'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', 'Macdonald', 'Stewart', 'Reid',
    ],
    given: [
      'Oliver', 'George', 'Harry', 'Jack', 'Charlie', 'Jacob', 'Thomas', 'Oscar', 'William', 'James', 'Noah', 'Leo', 'Alfie', 'Joshua',
      'Freddie', 'Archie', 'Arthur', 'Henry', 'Ethan', 'Isaac', 'Alexander', 'Joseph', 'Edward', 'Samuel', 'Max', 'Daniel', 'Lucas',
      'Logan', 'Theo', 'Dylan', 'Luke', 'Matthew', 'Adam', 'Ben', 'Callum', 'Connor', 'Liam', 'Lewis', 'Ryan', 'Sam', 'Tom', 'Nick',
      'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Mia', 'Poppy', 'Ella', 'Lily', 'Jessica', 'Evie', 'Isabella',
      'Sophia', 'Charlotte', 'Chloe', 'Lucy', 'Ruby', 'Hannah', 'Holly', 'Megan', 'Lauren', 'Rebecca', 'Amy', 'Rachel', 'Katie',
      'Emma', 'Claire', 'Sarah', 'Louise', 'Gemma', 'Hayley', 'Victoria', 'Elizabeth', 'Helen', 'Susan', 'Margaret', 'Jane', 'Anne',
    ],
  },
  {
    id: 'es',
    countries: ['ES', 'MX', 'CO', 'AR', 'PE', 'VE', 'CL', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'US'],
    surnames: [
      'Garcia', 'Rodriguez', 'Gonzalez', 'Fernandez', 'Lopez', 'Martinez', 'Sanchez', 'Perez', 'Gomez', 'Martin', 'Jimenez', 'Ruiz',
      'Hernandez', 'Diaz', 'Moreno', 'Munoz', 'Alvarez', 'Romero', 'Alonso', 'Gutierrez', 'Navarro', 'Torres', 'Dominguez', 'Vazquez',
      'Ramos', 'Gil', 'Ramirez', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Suarez', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio',
      'Marin', 'Sanz', 'Nunez', 'Iglesias', 'Medina', 'Garrido', 'Cortes', 'Castillo', 'Santos', 'Lozano', 'Guerrero', 'Cano', 'Prieto',
      'Mendez', 'Cruz', 'Calvo', 'Gallego', 'Vidal', 'Leon', 'Marquez', 'Herrera', 'Pena', 'Flores', 'Cabrera', 'Campos', 'Vega',
      'Fuentes', 'Carrasco', 'Diez', 'Caballero', 'Reyes', 'Nieto', 'Aguilar', 'Pascual', 'Santana', 'Herrero', 'Lorenzo', 'Montero',
      'Hidalgo', 'Gimenez', 'Ibanez', 'Ferrer', 'Duran', 'Santiago', 'Benitez', 'Mora', 'Vicente', 'Vargas', 'Arias', 'Carmona',
      'Crespo', 'Roman', 'Pastor', 'Soto', 'Saez', 'Velasco', 'Moya', 'Soler', 'Parra', 'Esteban', 'Bravo', 'Gallardo', 'Rojas',
      'Mendoza', 'Chavez', 'Rivera', 'Silva', 'Espinoza', 'Contreras', 'Guzman', 'Salazar', 'Rios', 'Acosta', 'Aguirre', 'Juarez',
      'Valdez', 'Cardenas', 'Sandoval', 'Zapata', 'Pineda', 'Mejia', 'Rincon', 'Escobar', 'Salinas', 'Figueroa', 'Cervantes',
    ],
    given: [
      'Antonio', 'Jose', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'Carlos', 'Jesus', 'Alejandro', 'Miguel', 'Rafael',
      'Pedro', 'Pablo', 'Angel', 'Sergio', 'Fernando', 'Jorge', 'Luis', 'Alberto', 'Alvaro', 'Adrian', 'Diego', 'Raul', 'Enrique',
      'Ramon', 'Ivan', 'Ruben', 'Oscar', 'Andres', 'Vicente', 'Joaquin', 'Santiago', 'Victor', 'Eduardo', 'Mario', 'Roberto', 'Jaime',
      'Ignacio', 'Alfonso', 'Hugo', 'Ricardo', 'Marcos', 'Emilio', 'Salvador', 'Guillermo', 'Gabriel', 'Mariano', 'Ernesto', 'Hector',
      'Arturo', 'Armando', 'Alfredo', 'Gustavo', 'Rodrigo', 'Julio', 'Cesar', 'Raul', 'Xavier', 'Pepe', 'Paco', 'Nacho',
      'Maria', 'Carmen', 'Josefa', 'Isabel', 'Ana', 'Laura', 'Dolores', 'Cristina', 'Marta', 'Lucia', 'Pilar', 'Francisca', 'Elena',
      'Teresa', 'Rosa', 'Mercedes', 'Paula', 'Raquel', 'Manuela', 'Rosario', 'Sara', 'Concepcion', 'Beatriz', 'Patricia', 'Julia',
      'Silvia', 'Nuria', 'Irene', 'Andrea', 'Encarnacion', 'Alba', 'Rocio', 'Montserrat', 'Monica', 'Alicia', 'Sonia', 'Sofia',
      'Guadalupe', 'Veronica', 'Adriana', 'Gabriela', 'Alejandra', 'Daniela', 'Valentina', 'Camila', 'Mariana', 'Fernanda',
    ],
  },
  {
    id: 'br',
    countries: ['BR', 'PT', 'AO', 'MZ'],
    surnames: [
      'Silva', 'Santos', 'Oliveira', 'Souza', 'Sousa', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro',
      'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade',
      'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Goncalves', 'Santana', 'Teixeira', 'Araujo',
      'Pinto', 'Correia', 'Monteiro', 'Cunha', 'Reis', 'Cavalcanti', 'Batista', 'Miranda', 'Campos', 'Castro', 'Azevedo', 'Moura',
    ],
    given: [
      'Jose', 'Joao', 'Antonio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos', 'Luis', 'Gabriel', 'Rafael',
      'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Raimundo', 'Rodrigo', 'Mateus', 'Matheus', 'Gustavo', 'Fernando', 'Fabio',
      'Leonardo', 'Sebastiao', 'Manoel', 'Thiago', 'Tiago', 'Diego', 'Andre', 'Ricardo', 'Jorge', 'Miguel', 'Rui', 'Nuno',
      'Maria', 'Ana', 'Francisca', 'Antonia', 'Adriana', 'Juliana', 'Marcia', 'Fernanda', 'Patricia', 'Aline', 'Sandra', 'Camila',
      'Amanda', 'Bruna', 'Jessica', 'Leticia', 'Julia', 'Luciana', 'Vanessa', 'Mariana', 'Gabriela', 'Vera', 'Beatriz', 'Larissa',
    ],
  },
  {
    id: 'fr',
    countries: ['FR', 'BE', 'CH', 'LU', 'CA'],
    surnames: [
      'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon', 'Michel',
      'Lefebvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine',
      'Rousseau', 'Vincent', 'Muller', 'Lefevre', 'Faure', 'Andre', 'Mercier', 'Blanc', 'Guerin', 'Boyer', 'Garnier', 'Chevalier',
      'Francois', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clement', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu',
      'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie', 'Lemaire', 'Noel', 'Meyer', 'Dufour', 'Meunier',
    ],
    given: [
      'Jean', 'Pierre', 'Michel', 'Philippe', 'Alain', 'Nicolas', 'Christophe', 'Patrick', 'Daniel', 'Bernard', 'Frederic', 'Eric',
      'Laurent', 'Stephane', 'Pascal', 'David', 'Julien', 'Thomas', 'Sebastien', 'Jacques', 'Francois', 'Olivier', 'Antoine',
      'Hugo', 'Lucas', 'Louis', 'Gabriel', 'Arthur', 'Jules', 'Maxime', 'Alexandre', 'Guillaume', 'Vincent', 'Romain', 'Mathieu',
      'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Francoise', 'Martine', 'Christine', 'Monique', 'Sophie', 'Valerie',
      'Sandrine', 'Celine', 'Julie', 'Camille', 'Chloe', 'Lea', 'Manon', 'Emma', 'Ines', 'Jade', 'Louise', 'Sarah', 'Claire', 'Anne',
    ],
  },
  {
    id: 'de',
    countries: ['DE', 'AT', 'CH', 'LU'],
    surnames: [
      'Muller', 'Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schafer',
      'Schaefer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schroder', 'Schroeder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun',
      'Kruger', 'Krueger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid',
      'Schulze', 'Maier', 'Kohler', 'Herrmann', 'Konig', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz',
      'Moller', 'Weiss', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Gunther', 'Frank', 'Berger',
    ],
    given: [
      'Thomas', 'Michael', 'Andreas', 'Stefan', 'Peter', 'Klaus', 'Jurgen', 'Juergen', 'Wolfgang', 'Frank', 'Uwe', 'Christian',
      'Markus', 'Matthias', 'Hans', 'Martin', 'Bernd', 'Ralf', 'Dieter', 'Jorg', 'Joerg', 'Alexander', 'Sven', 'Tobias', 'Daniel',
      'Jan', 'Florian', 'Sebastian', 'Lukas', 'Leon', 'Felix', 'Paul', 'Maximilian', 'Jonas', 'Ben', 'Finn', 'Elias', 'Karl',
      'Sabine', 'Susanne', 'Petra', 'Claudia', 'Andrea', 'Monika', 'Birgit', 'Ursula', 'Stefanie', 'Nicole', 'Katrin', 'Julia',
      'Anna', 'Lena', 'Laura', 'Lea', 'Sarah', 'Hannah', 'Sophie', 'Marie', 'Emma', 'Mia', 'Christina', 'Heike', 'Karin', 'Gabriele',
    ],
  },
  {
    id: 'it',
    countries: ['IT', 'CH', 'SM'],
    surnames: [
      'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
      'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani',
      'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra',
      'Coppola', 'De Santis', "D'Angelo", 'Marchetti', 'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini',
    ],
    given: [
      'Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Angelo', 'Vincenzo', 'Pietro', 'Salvatore', 'Carlo', 'Franco',
      'Domenico', 'Bruno', 'Paolo', 'Michele', 'Giorgio', 'Aldo', 'Sergio', 'Luciano', 'Marco', 'Alessandro', 'Andrea', 'Lorenzo',
      'Matteo', 'Leonardo', 'Roberto', 'Stefano', 'Massimo', 'Fabio', 'Davide', 'Simone', 'Luca', 'Riccardo', 'Gabriele',
      'Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Giovanna', 'Teresa', 'Lucia', 'Carmela', 'Caterina', 'Francesca', 'Giulia',
      'Sofia', 'Aurora', 'Alice', 'Ginevra', 'Sara', 'Chiara', 'Paola', 'Laura', 'Valentina', 'Federica', 'Elena', 'Silvia',
    ],
  },
  {
    id: 'ru',
    countries: ['RU', 'UA', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'MD', 'AM', 'AZ', 'GE'],
    surnames: [
      'Smirnov', 'Ivanov', 'Kuznetsov', 'Sokolov', 'Popov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Petrov', 'Volkov', 'Solovyov',
      'Vasilyev', 'Vasiliev', 'Zaytsev', 'Pavlov', 'Semyonov', 'Semenov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Vorobyov', 'Fyodorov',
      'Fedorov', 'Mikhaylov', 'Mikhailov', 'Belyaev', 'Tarasov', 'Belov', 'Komarov', 'Orlov', 'Kiselyov', 'Makarov', 'Andreyev',
      'Andreev', 'Kovalyov', 'Ilyin', 'Gusev', 'Titov', 'Kuzmin', 'Kudryavtsev', 'Baranov', 'Kulikov', 'Alekseyev', 'Alekseev',
      'Stepanov', 'Yakovlev', 'Sorokin', 'Sergeyev', 'Sergeev', 'Romanov', 'Zakharov', 'Borisov', 'Korolyov', 'Gerasimov', 'Ponomaryov',
      'Grigoryev', 'Lazarev', 'Medvedev', 'Yershov', 'Nikitin', 'Sobolev', 'Ryabov', 'Polyakov', 'Tsvetkov', 'Danilov', 'Zhukov',
      'Frolov', 'Zhuravlyov', 'Nikolayev', 'Nikolaev', 'Krylov', 'Maksimov', 'Sidorov', 'Osipov', 'Belousov', 'Fedotov', 'Dorofeyev',
      'Yegorov', 'Egorov', 'Matveyev', 'Bobrov', 'Dmitriyev', 'Kalinin', 'Anisimov', 'Petukhov', 'Antonov', 'Timofeyev', 'Nikiforov',
      'Veselov', 'Filippov', 'Markov', 'Bolshakov', 'Sukhanov', 'Mironov', 'Shiryaev', 'Aleksandrov', 'Konovalov', 'Shestakov',
      'Kazakov', 'Efimov', 'Denisov', 'Gromov', 'Fomin', 'Davydov', 'Melnikov', 'Shcherbakov', 'Blinov', 'Kolesnikov', 'Karpov',
      'Afanasyev', 'Vlasov', 'Maslov', 'Isakov', 'Tikhonov', 'Aksyonov', 'Gavrilov', 'Rodionov', 'Kotov', 'Gorbunov', 'Kudryashov',
      'Bykov', 'Zuev', 'Tretyakov', 'Savelyev', 'Panov', 'Rybakov', 'Suvorov', 'Abramov', 'Voronov', 'Mukhin', 'Arkhipov', 'Trofimov',
      'Martynov', 'Yemelyanov', 'Gorshkov', 'Chernov', 'Ovchinnikov', 'Seleznyov', 'Panfilov', 'Kopylov', 'Mikheyev', 'Galkin',
      'Nazarov', 'Lobanov', 'Lukin', 'Belyakov', 'Potapov', 'Nekrasov', 'Khokhlov', 'Zhdanov', 'Naumov', 'Shilov', 'Vorontsov',
      'Yermakov', 'Drozdov', 'Ignatyev', 'Savin', 'Loginov', 'Safonov', 'Kapustin', 'Kirillov', 'Moiseyev', 'Yeliseyev', 'Koshelev',
      'Kostin', 'Gorbachyov', 'Orekhov', 'Yefremov', 'Isayev', 'Yevdokimov', 'Kalashnikov', 'Kabanov', 'Noskov', 'Yudin', 'Kulagin',
      'Lapin', 'Prokhorov', 'Nesterov', 'Kharitonov', 'Agafonov', 'Muravyov', 'Laptev', 'Snegiryov', 'Gurov', 'Kuzin', 'Ivanova',
      'Smirnova', 'Kuznetsova', 'Petrova', 'Popova', 'Volkova', 'Sokolova', 'Novikova', 'Morozova', 'Lebedeva', 'Kozlova', 'Pavlova',
      'Shevchenko', 'Bondarenko', 'Kovalenko', 'Tkachenko', 'Kravchenko', 'Boyko', 'Kovalchuk', 'Koval', 'Oliynyk', 'Shevchuk',
      'Polishchuk', 'Lysenko', 'Marchenko', 'Moroz', 'Rudenko', 'Savchenko', 'Petrenko', 'Melnyk', 'Ivanenko', 'Kuzmenko',
      'Ivanovich', 'Novik', 'Kovalev', 'Kovalyov', 'Kuzmich',
    ],
    given: [
      'Aleksandr', 'Alexander', 'Sergey', 'Sergei', 'Dmitry', 'Dmitriy', 'Andrey', 'Andrei', 'Aleksey', 'Alexey', 'Alexei', 'Maksim',
      'Maxim', 'Ivan', 'Mikhail', 'Yevgeny', 'Evgeny', 'Vladimir', 'Nikolay', 'Nikolai', 'Igor', 'Oleg', 'Yury', 'Yuri', 'Viktor',
      'Pavel', 'Roman', 'Artyom', 'Artem', 'Anton', 'Denis', 'Vladislav', 'Konstantin', 'Vitaly', 'Ilya', 'Kirill', 'Nikita', 'Anatoly',
      'Valery', 'Gennady', 'Boris', 'Egor', 'Yegor', 'Ruslan', 'Vadim', 'Stanislav', 'Grigory', 'Leonid', 'Vyacheslav', 'Fyodor',
      'Petr', 'Pyotr', 'Timur', 'Georgy', 'Arkady', 'Mykola', 'Oleksandr', 'Oleksiy', 'Volodymyr', 'Serhiy', 'Andriy', 'Yuriy',
      'Elena', 'Yelena', 'Olga', 'Natalia', 'Natalya', 'Tatiana', 'Tatyana', 'Irina', 'Anna', 'Svetlana', 'Yulia', 'Yuliya', 'Marina',
      'Ekaterina', 'Yekaterina', 'Maria', 'Mariya', 'Lyudmila', 'Galina', 'Anastasia', 'Nadezhda', 'Valentina', 'Oksana', 'Larisa',
      'Victoria', 'Viktoriya', 'Alina', 'Darya', 'Daria', 'Polina', 'Kseniya', 'Ksenia', 'Vera', 'Lyubov', 'Sofia', 'Nina',
      'Aleksandrovich', 'Sergeyevich', 'Vladimirovich', 'Nikolayevich', 'Viktorovich', 'Ivanovich', 'Mikhaylovich', 'Yuryevich',
      'Anatolyevich', 'Petrovich', 'Aleksandrovna', 'Sergeyevna', 'Vladimirovna', 'Nikolayevna', 'Ivanovna',
    ],
  },
  {
    id: 'ar',
    countries: ['EG', 'SA', 'JO', 'MA', 'AE', 'IQ', 'SY', 'LB', 'PS', 'YE', 'KW', 'QA', 'BH', 'OM', 'LY', 'TN', 'DZ', 'SD', 'MR'],
    surnames: [
      'Mohamed', 'Ahmed', 'Ali', 'Hassan', 'Hussein', 'Ibrahim', 'Mahmoud', 'Abdallah', 'Abdullah', 'Saleh', 'Salem', 'Said', 'Sayed',
      'El Sayed', 'Mustafa', 'Khalil', 'Mansour', 'Abdel', 'Aziz', 'Abdelaziz', 'Abdel Aziz', 'Hamed', 'Youssef', 'Yousef', 'Omar',
      'Othman', 'Osman', 'Ismail', 'Suleiman', 'Soliman', 'Saad', 'Nasser', 'Haddad', 'Khoury', 'Hamdan', 'Qasem', 'Kassem', 'Farouk',
      'Fathy', 'Zaki', 'Ragab', 'Shehata', 'Ashour', 'Gaber', 'Abbas', 'Hamad', 'Jaber', 'Khalaf', 'Saeed', 'Karim', 'Rashid',
      'Al Otaibi', 'Al Harbi', 'Al Ghamdi', 'Al Qahtani', 'Al Zahrani', 'Al Shehri', 'Al Dosari', 'Al Mutairi', 'Al Anazi',
      'Al Shammari', 'Al Malki', 'Al Amri', 'Al Zahrani', 'Bennani', 'Alaoui', 'Tazi', 'El Idrissi', 'Benali', 'Benjelloun',
      'Belkacem', 'Bouzid', 'Saidi', 'Haddad', 'Mahmoudi', 'Ben Ali', 'Ben Salah', 'Trabelsi', 'Gharbi', 'Jaziri', 'Hamdi',
      'Ahmad', 'Mohammed', 'Muhammad', 'Hussain', 'Husain', 'Hasan',
    ],
    given: [
      'Mohamed', 'Mohammed', 'Muhammad', 'Mohammad', 'Ahmed', 'Ahmad', 'Ali', 'Mahmoud', 'Mustafa', 'Mostafa', 'Hassan', 'Hussein',
      'Ibrahim', 'Youssef', 'Yousef', 'Yusuf', 'Khaled', 'Khalid', 'Omar', 'Umar', 'Abdallah', 'Abdullah', 'Abdel', 'Abdul',
      'Abdulrahman', 'Abdelrahman', 'Abdel Rahman', 'Abd', 'Tarek', 'Tariq', 'Samir', 'Karim', 'Hany', 'Hani', 'Walid', 'Amr',
      'Sherif', 'Said', 'Saeed', 'Saleh', 'Salah', 'Sami', 'Adel', 'Osama', 'Usama', 'Hamza', 'Bilal', 'Faisal', 'Fahad', 'Fahd',
      'Sultan', 'Nasser', 'Nasser', 'Majid', 'Rami', 'Ziad', 'Fadi', 'Imad', 'Emad', 'Essam', 'Ayman', 'Hisham', 'Hesham', 'Yasser',
      'Yasir', 'Jamal', 'Kamal', 'Nabil', 'Magdy', 'Ashraf', 'Ehab', 'Hamdi', 'Rashid', 'Rachid', 'Abdelkader', 'Mounir', 'Mehdi',
      'Anas', 'Ismail', 'Younes', 'Yassine', 'Hamid', 'Said', 'Othman', 'Jasim', 'Jassim', 'Hamad', 'Saud', 'Turki', 'Badr',
      'Fatma', 'Fatima', 'Fatemah', 'Aisha', 'Aysha', 'Mariam', 'Maryam', 'Nour', 'Noor', 'Layla', 'Leila', 'Rania', 'Sara', 'Sarah',
      'Amina', 'Khadija', 'Zainab', 'Zeinab', 'Hana', 'Huda', 'Mona', 'Mouna', 'Salma', 'Heba', 'Nadia', 'Samira', 'Amal', 'Asmaa',
      'Yasmin', 'Yasmine', 'Dina', 'Reem', 'Noura', 'Lina', 'Rana', 'Doaa', 'Eman', 'Iman', 'Hind', 'Nawal',
    ],
  },
  {
    id: 'ir',
    countries: ['IR', 'AF', 'TJ'],
    surnames: [
      'Mohammadi', 'Hosseini', 'Ahmadi', 'Rezaei', 'Moradi', 'Karimi', 'Jafari', 'Rahimi', 'Hashemi', 'Sadeghi', 'Ghasemi', 'Qasemi',
      'Mousavi', 'Musavi', 'Kazemi', 'Ebrahimi', 'Heydari', 'Heidari', 'Rostami', 'Nazari', 'Akbari', 'Rahmani', 'Mirzaei', 'Alizadeh',
      'Hosseinzadeh', 'Abbasi', 'Zare', 'Hassani', 'Hasani', 'Azizi', 'Ghorbani', 'Salehi', 'Mahmoudi', 'Asadi', 'Amiri', 'Najafi',
      'Mohammadzadeh', 'Bagheri', 'Soleimani', 'Jalali', 'Yousefi', 'Mansouri', 'Habibi', 'Shahbazi', 'Taheri', 'Khani', 'Abdi',
      'Kiani', 'Rasouli', 'Safari', 'Hamidi', 'Sharifi', 'Shirazi', 'Tehrani', 'Esmaeili', 'Esmaili', 'Faraji', 'Ghaffari', 'Naderi',
      'Ansari', 'Sohrabi', 'Bahrami', 'Moradi', 'Shams', 'Daneshvar', 'Tavakoli', 'Zamani', 'Fazeli', 'Mokhtari', 'Nouri', 'Noori',
      'Akbarzadeh', 'Kamali', 'Karami', 'Saberi', 'Shokri', 'Ranjbar', 'Vahidi', 'Khodadadi', 'Golami', 'Gholami', 'Latifi',
      'Popal', 'Stanekzai', 'Ahmadzai', 'Wardak', 'Durrani', 'Safi', 'Noorzai', 'Haqqani', 'Sultani', 'Rahimi', 'Hakimi', 'Mohammadi',
    ],
    given: [
      'Mohammad', 'Mohammed', 'Muhammad', 'Ali', 'Hossein', 'Hosein', 'Hussein', 'Reza', 'Mehdi', 'Mahdi', 'Amir', 'Hamid', 'Saeed',
      'Said', 'Hassan', 'Hasan', 'Mohsen', 'Majid', 'Abbas', 'Morteza', 'Mostafa', 'Mojtaba', 'Javad', 'Jafar', 'Ahmad', 'Akbar',
      'Mahmoud', 'Ebrahim', 'Ibrahim', 'Masoud', 'Masood', 'Davood', 'Davoud', 'Farhad', 'Behnam', 'Behrouz', 'Arash', 'Babak',
      'Kaveh', 'Omid', 'Navid', 'Peyman', 'Payam', 'Hamed', 'Vahid', 'Nader', 'Alireza', 'Gholamreza', 'Mohammadreza', 'Hamidreza',
      'Abolfazl', 'Abdollah', 'Abdolreza', 'Esmail', 'Ismail', 'Karim', 'Rahim', 'Rasoul', 'Rasool', 'Yousef', 'Younes', 'Sajjad',
      'Milad', 'Amin', 'Hadi', 'Mehran', 'Kamran', 'Bahram', 'Dariush', 'Cyrus', 'Kourosh', 'Rostam', 'Siavash', 'Pouya',
      'Fatemeh', 'Fatima', 'Zahra', 'Maryam', 'Narges', 'Sara', 'Sarah', 'Parisa', 'Shirin', 'Leila', 'Mina', 'Neda', 'Nasrin',
      'Elham', 'Mahsa', 'Somayeh', 'Masoumeh', 'Zeinab', 'Zainab', 'Marzieh', 'Fariba', 'Azadeh', 'Roya', 'Samira', 'Nazanin',
      'Ahmad Shah', 'Gul', 'Abdul', 'Abdullah', 'Noor', 'Nur', 'Khan', 'Shah', 'Wali', 'Zia', 'Habib', 'Hayatullah', 'Rahmatullah',
      'Amanullah', 'Naqibullah', 'Saifullah', 'Ghulam', 'Sayed', 'Said', 'Sayyid',
    ],
  },
  {
    id: 'tr',
    countries: ['TR', 'CY', 'AZ'],
    surnames: [
      'Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Yildirim', 'Ozturk', 'Aydin', 'Ozdemir', 'Arslan', 'Dogan', 'Kilic',
      'Aslan', 'Cetin', 'Kara', 'Koc', 'Kurt', 'Ozkan', 'Simsek', 'Polat', 'Ozcan', 'Korkmaz', 'Cakir', 'Erdogan', 'Yavuz', 'Can',
      'Acar', 'Sen', 'Aktas', 'Guler', 'Yalcin', 'Gunes', 'Bozkurt', 'Bulut', 'Keskin', 'Unal', 'Turan', 'Gul', 'Ozer', 'Isik',
      'Kaplan', 'Avci', 'Sari', 'Tekin', 'Tas', 'Kose', 'Yuksel', 'Ates', 'Aksoy', 'Karaca', 'Ucar', 'Erdem', 'Altun', 'Kocak',
    ],
    given: [
      'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Huseyin', 'Hasan', 'Ibrahim', 'Ismail', 'Osman', 'Yusuf', 'Murat', 'Omer', 'Ramazan',
      'Halil', 'Suleyman', 'Abdullah', 'Mahmut', 'Recep', 'Salih', 'Fatih', 'Kadir', 'Emre', 'Burak', 'Hakan', 'Serkan', 'Kemal',
      'Yasar', 'Orhan', 'Metin', 'Emin', 'Erkan', 'Gokhan', 'Onur', 'Sinan', 'Volkan', 'Cem', 'Can', 'Enes', 'Eren', 'Yunus',
      'Fatma', 'Ayse', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Meryem', 'Sultan', 'Sevgi', 'Hulya', 'Merve', 'Ozlem', 'Esra', 'Derya',
      'Leyla', 'Songul', 'Zehra', 'Havva', 'Gulsen', 'Yasemin', 'Aysel', 'Kubra', 'Busra', 'Ebru', 'Tugba',
    ],
  },
  {
    id: 'cn',
    countries: ['CN', 'HK', 'MO', 'TW', 'SG', 'MY'],
    surnames: [
      'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin',
      'Gao', 'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong',
      'Pan', 'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Jiang', 'Cui',
      'Zhong', 'Tan', 'Lu', 'Fan', 'Wang', 'Liao', 'Shi', 'Jin', 'Wei', 'Jia', 'Xia', 'Fu', 'Fang', 'Zou', 'Xiong', 'Bai', 'Meng',
      'Qin', 'Qiu', 'Hou', 'Jiang', 'Yin', 'Xue', 'Yan', 'Duan', 'Lei', 'Long', 'Li', 'Shi', 'Tao', 'He', 'Mao', 'Hao', 'Gu', 'Gong',
      'Shao', 'Wan', 'Qian', 'Yan', 'Qin', 'Wu', 'Dai', 'Mo', 'Kong', 'Xiang', 'Chang', 'Tang',
      // Cantonese, Hokkien and Teochew romanisations of the same surnames (Hong Kong, Taiwan, Singapore, Malaysia)
      'Chan', 'Wong', 'Lee', 'Cheung', 'Chang', 'Lau', 'Leung', 'Ho', 'Ng', 'Tse', 'Tsang', 'Yip', 'Lam', 'Tam', 'Kwok', 'Chow',
      'Cheng', 'Tan', 'Lim', 'Teo', 'Goh', 'Ong', 'Koh', 'Chua', 'Tay', 'Yeo', 'Low', 'Sim', 'Chong', 'Foo', 'Ang', 'Chiu', 'Hsu',
      'Tsai', 'Huang', 'Chou', 'Kuo', 'Hsieh', 'Liao', 'Lai', 'Chien', 'Chung', 'Yeh', 'Su', 'Tseng',
    ],
    given: [
      // the most frequent given names and given-name syllables (2020 national name report; pinyin)
      'Wei', 'Fang', 'Xiuying', 'Na', 'Min', 'Jing', 'Li', 'Qiang', 'Lei', 'Jun', 'Yang', 'Yong', 'Yan', 'Jie', 'Tao', 'Ming', 'Chao',
      'Xiulan', 'Xia', 'Ping', 'Gang', 'Hui', 'Juan', 'Yan', 'Hua', 'Jian', 'Hong', 'Lin', 'Ying', 'Bin', 'Bo', 'Hao', 'Feng', 'Kai',
      'Xin', 'Yu', 'Yi', 'Lan', 'Mei', 'Ling', 'Yun', 'Qing', 'Jia', 'Xiao', 'Zhi', 'Wen', 'Long', 'Guang', 'Hai', 'Dong', 'Jianhua',
      'Jianguo', 'Jianjun', 'Guoqiang', 'Zhiqiang', 'Xiaoming', 'Haiyan', 'Yuying', 'Guiying', 'Xiuzhen', 'Lihua', 'Li Hua', 'Hai',
      'Zihan', 'Yuxuan', 'Haoran', 'Yichen', 'Xinyi', 'Yutong', 'Zixuan', 'Jun', 'Ning', 'Shan', 'Qi', 'Rui', 'Tian', 'Xue',
    ],
  },
  {
    id: 'kr',
    countries: ['KR', 'KP'],
    surnames: [
      'Kim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun',
      'Jang', 'Chang', 'Lim', 'Im', 'Han', 'Oh', 'O', 'Seo', 'Suh', 'Shin', 'Sin', 'Kwon', 'Hwang', 'Ahn', 'An', 'Song', 'Jeon', 'Chun',
      'Hong', 'Yoo', 'Yu', 'Ko', 'Go', 'Moon', 'Mun', 'Yang', 'Son', 'Bae', 'Baek', 'Paik', 'Heo', 'Huh', 'Nam', 'Noh', 'Roh', 'No',
      'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Ju', 'Woo', 'Min', 'Ryu', 'Yoo', 'Na', 'Jin', 'Ji', 'Um', 'Eom', 'Chae', 'Won', 'Cheon',
      'Bang', 'Kong', 'Hyun', 'Ham', 'Byun', 'Yeom', 'Yang', 'Ri', 'Ryang', 'Ro',
    ],
    given: [
      // the usual syllables of Korean given names (each syllable is a word once romanised with a space or hyphen)
      'Min', 'Jun', 'Seo', 'Yeon', 'Ji', 'Hoon', 'Hun', 'Woo', 'Hyun', 'Su', 'Soo', 'Bin', 'Do', 'Yoon', 'Ha', 'Eun', 'Jae', 'Won',
      'Sung', 'Seong', 'Young', 'Yeong', 'Ho', 'Dong', 'Jin', 'Jung', 'Jeong', 'Hee', 'Hui', 'Kyung', 'Gyeong', 'Sang', 'Chul', 'Cheol',
      'Chol', 'Myung', 'Myeong', 'Yong', 'Kwang', 'Gwang', 'Il', 'Nam', 'Suk', 'Seok', 'Hye', 'Mi', 'Ok', 'Ja', 'Sook', 'Kyu', 'Gyu',
      'Tae', 'Seung', 'Jong', 'Joon', 'Hwan', 'Hwa', 'Ae', 'Yeong', 'Geun', 'Keun', 'Gil', 'Kil', 'Sik', 'Hak', 'Song', 'Un', 'Hyon',
      'Minjun', 'Seoyeon', 'Jihoon', 'Jiwoo', 'Hyunwoo', 'Subin', 'Doyoon', 'Haeun', 'Jaewon', 'Eunji', 'Sungmin', 'Youngho', 'Minseo',
      'Donghyun', 'Jiwon', 'Minji', 'Seojun', 'Yejin', 'Jisoo', 'Hyejin', 'Youngsoo', 'Younghee', 'Jungsoo', 'Sunghoon',
    ],
  },
  {
    id: 'jp',
    countries: ['JP'],
    surnames: [
      'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada',
      'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Saito', 'Shimizu', 'Yamazaki', 'Mori', 'Abe', 'Ikeda',
      'Hashimoto', 'Yamashita', 'Ishikawa', 'Nakajima', 'Maeda', 'Fujita', 'Ogawa', 'Goto', 'Okada', 'Hasegawa', 'Murakami', 'Kondo',
      'Ishii', 'Saito', 'Sakamoto', 'Endo', 'Aoki', 'Fujii', 'Nishimura', 'Fukuda', 'Ota', 'Miura', 'Fujiwara', 'Okamoto', 'Matsuda',
      'Nakagawa',
    ],
    given: [
      'Hiroshi', 'Takashi', 'Kenji', 'Satoshi', 'Makoto', 'Kazuo', 'Akira', 'Yuki', 'Haruto', 'Sota', 'Yuto', 'Ren', 'Minato', 'Riku',
      'Daiki', 'Takuya', 'Naoki', 'Daisuke', 'Shota', 'Kenta', 'Yusuke', 'Tetsuya', 'Masashi', 'Hideki', 'Koji', 'Shinji', 'Taro',
      'Ichiro', 'Jiro', 'Kazuki', 'Tomoya', 'Ryota', 'Yoko', 'Keiko', 'Yumi', 'Akiko', 'Sakura', 'Yui', 'Himari', 'Hina', 'Aoi',
      'Mei', 'Yuna', 'Haruka', 'Misaki', 'Ai', 'Yoshiko', 'Kazuko', 'Michiko', 'Hiroko', 'Naoko', 'Tomoko', 'Emi', 'Mayumi', 'Yuko',
    ],
  },
  {
    id: 'vn',
    countries: ['VN'],
    surnames: [
      'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly', 'Dinh',
      'Truong', 'Trinh', 'Mai', 'Doan', 'Lam', 'Luong', 'Ha', 'Cao', 'Ta', 'Luu', 'Thai', 'Quach', 'Ton',
    ],
    given: [
      // middle names and the most frequent given names
      'Van', 'Thi', 'Duc', 'Minh', 'Ngoc', 'Thanh', 'Quoc', 'Hoang', 'Huu', 'Xuan', 'Hong', 'Kim', 'Anh', 'Tuan', 'Hung', 'Dung',
      'Hai', 'Nam', 'Long', 'Linh', 'Mai', 'Lan', 'Hoa', 'Huong', 'Trang', 'Thuy', 'Hanh', 'Phuong', 'Hien', 'Ha', 'Nga', 'Thu',
      'Hieu', 'Cuong', 'Thang', 'Trung', 'Son', 'Tam', 'Binh', 'Khanh', 'Phuc', 'Quang', 'Vinh', 'Bao', 'Hoai', 'Tien', 'Thao', 'Vy',
    ],
  },
  {
    id: 'in',
    countries: ['IN', 'PK', 'BD', 'NP', 'LK'],
    surnames: [
      'Kumar', 'Singh', 'Sharma', 'Patel', 'Gupta', 'Shah', 'Reddy', 'Yadav', 'Das', 'Jain', 'Mehta', 'Nair', 'Iyer', 'Rao', 'Joshi',
      'Verma', 'Agarwal', 'Aggarwal', 'Mishra', 'Khan', 'Devi', 'Ram', 'Lal', 'Prasad', 'Chauhan', 'Pandey', 'Thakur', 'Sinha',
      'Kaur', 'Srivastava', 'Tiwari', 'Pillai', 'Menon', 'Naidu', 'Chaudhary', 'Choudhury', 'Desai', 'Bhatt', 'Malik', 'Saini',
      'Ghosh', 'Banerjee', 'Mukherjee', 'Chatterjee', 'Sen', 'Bose', 'Dutta', 'Roy', 'Pal', 'Kapoor', 'Khanna', 'Arora', 'Bhatia',
      'Sethi', 'Chopra', 'Malhotra', 'Kulkarni', 'Patil', 'Pawar', 'Jadhav', 'Shinde', 'Naik', 'Hegde', 'Shetty', 'Gowda', 'Murthy',
      'Krishnan', 'Raman', 'Subramanian', 'Rajan', 'Babu', 'Varghese', 'Thomas', 'Mathew', 'George', 'Joseph', 'Ahmed', 'Hussain',
      'Ali', 'Sheikh', 'Shaikh', 'Qureshi', 'Ansari', 'Siddiqui', 'Mirza', 'Butt', 'Chaudhry', 'Rahman', 'Islam', 'Hossain', 'Akter',
      'Begum', 'Uddin', 'Miah', 'Sarkar', 'Mondal', 'Biswas',
    ],
    given: [
      'Rahul', 'Amit', 'Rajesh', 'Suresh', 'Sanjay', 'Vijay', 'Anil', 'Sunil', 'Ramesh', 'Mahesh', 'Ashok', 'Manoj', 'Deepak', 'Ravi',
      'Arjun', 'Rohit', 'Ajay', 'Vikas', 'Vivek', 'Rakesh', 'Mukesh', 'Dinesh', 'Naresh', 'Raju', 'Santosh', 'Prakash', 'Kiran',
      'Krishna', 'Ram', 'Raj', 'Anand', 'Arun', 'Ashish', 'Nitin', 'Sachin', 'Gaurav', 'Abhishek', 'Aditya', 'Akash', 'Aman',
      'Priya', 'Pooja', 'Anjali', 'Sunita', 'Neha', 'Kavita', 'Anita', 'Rekha', 'Geeta', 'Seema', 'Rani', 'Lakshmi', 'Meena',
      'Suman', 'Asha', 'Usha', 'Shanti', 'Savita', 'Nisha', 'Divya', 'Shweta', 'Sneha', 'Ritu', 'Preeti', 'Jyoti', 'Kumari', 'Devi',
      'Mohammed', 'Mohammad', 'Muhammad', 'Md', 'Abdul', 'Imran', 'Asif', 'Tariq', 'Bilal', 'Usman', 'Zubair', 'Irfan', 'Kamran',
      'Shahid', 'Khalid', 'Nasir', 'Javed', 'Rashid', 'Ayesha', 'Fatima', 'Nasreen', 'Rubina', 'Shabana', 'Rahim', 'Karim',
    ],
  },
  {
    id: 'africa',
    countries: ['NG', 'GH', 'KE', 'ZA', 'SN', 'ML', 'GN', 'CI', 'BF', 'NE', 'CM', 'TZ', 'UG'],
    surnames: [
      'Okafor', 'Adeyemi', 'Okonkwo', 'Bello', 'Ogunleye', 'Eze', 'Abubakar', 'Nwosu', 'Balogun', 'Adebayo', 'Mensah', 'Owusu',
      'Boateng', 'Danjuma', 'Musa', 'Ibrahim', 'Abdullahi', 'Sani', 'Usman', 'Yusuf', 'Aliyu', 'Suleiman', 'Okeke', 'Obi', 'Nwachukwu',
      'Okoro', 'Okoye', 'Ogunbiyi', 'Adewale', 'Olawale', 'Oladipo', 'Afolabi', 'Akinola', 'Ajayi', 'Oyelaran', 'Asante', 'Appiah',
      'Osei', 'Agyei', 'Addo', 'Amoah', 'Ansah', 'Kamau', 'Mwangi', 'Otieno', 'Ochieng', 'Wanjiru', 'Kariuki', 'Njoroge', 'Odhiambo',
      'Dlamini', 'Nkosi', 'Ndlovu', 'Khumalo', 'Mokoena', 'Mahlangu', 'Diallo', 'Traore', 'Coulibaly', 'Toure', 'Keita', 'Sow',
      'Ba', 'Ndiaye', 'Diop', 'Fall', 'Camara', 'Kone', 'Sylla', 'Cisse', 'Bah',
    ],
    given: [
      'Chinedu', 'Emeka', 'Oluwaseun', 'Tunde', 'Ibrahim', 'Musa', 'Ngozi', 'Chioma', 'Funmilayo', 'Aisha', 'Adebayo', 'Kwame', 'Ama',
      'Kofi', 'Kwabena', 'Kwaku', 'Yaw', 'Akua', 'Abena', 'Adwoa', 'Joseph', 'John', 'Samuel', 'Daniel', 'Emmanuel', 'David', 'Peter',
      'Grace', 'Mary', 'Blessing', 'Esther', 'Joy', 'Faith', 'Mercy', 'Aminu', 'Abdullahi', 'Usman', 'Aliyu', 'Sani', 'Bashir',
      'Babatunde', 'Olumide', 'Segun', 'Chukwuemeka', 'Ifeanyi', 'Obinna', 'Nnamdi', 'Amina', 'Hauwa', 'Zainab', 'Fatima', 'Halima',
      'Moussa', 'Mamadou', 'Amadou', 'Ousmane', 'Abdoulaye', 'Ibrahima', 'Aminata', 'Fatoumata', 'Mariama',
    ],
  },
  {
    id: 'sea',
    countries: ['ID', 'MY', 'PH', 'BN'],
    surnames: [
      'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Setiawan', 'Nugroho', 'Susanto', 'Gunawan', 'Halim', 'Lim',
      'Tan', 'Wibowo', 'Siregar', 'Sinaga', 'Simanjuntak', 'Nasution', 'Harahap', 'Lubis', 'Hutapea', 'Sihombing', 'Rahman', 'Abdullah',
      'Ismail', 'Ibrahim', 'Hassan', 'Omar', 'Yusof', 'Ahmad', 'Othman', 'Razak', 'Bakar', 'Hamid', 'Santos', 'Reyes', 'Cruz',
      'Bautista', 'Ocampo', 'Garcia', 'Mendoza', 'Torres', 'Tomas', 'Andrada', 'Castillo', 'Flores', 'Villanueva', 'Ramos', 'Rivera',
      'Gonzales', 'Aquino', 'Dela Cruz', 'Del Rosario', 'Fernandez', 'Lopez', 'Perez', 'Navarro', 'Soriano',
    ],
    given: [
      'Budi', 'Agus', 'Dewi', 'Siti', 'Rizky', 'Putri', 'Andi', 'Sri', 'Eko', 'Wahyu', 'Nur', 'Indah', 'Hendra', 'Fitri', 'Ahmad',
      'Muhammad', 'Mohd', 'Mohamad', 'Nurul', 'Aisyah', 'Ayu', 'Rina', 'Dian', 'Yusuf', 'Ali', 'Adi', 'Dedi', 'Joko', 'Bambang',
      'Slamet', 'Sutrisno', 'Hadi', 'Irawan', 'Yanto', 'Wati', 'Sari', 'Lestari', 'Jose', 'Juan', 'Maria', 'Mark', 'John', 'Michael',
      'Angel', 'Rosario', 'Ma', 'Cristina', 'Jennifer', 'Joseph',
    ],
  },
];
