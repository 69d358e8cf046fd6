/**
 * Place names that put an address in a high-risk country or ISO 3166-2 region (Tables 2a, 2d), written as they come out of
 * transliteration (Cyrillic → Latin by any-ascii, apostrophes and soft signs dropped), so "Севастополь", "Sevastopol'" and
 * "Sebastopol" all meet here. Only sanctioned or high-risk places: ordinary country names are resolved with ISO data.
 */
export interface Place {
  names: string[];
  country: string;
  region?: string;
}

export const GAZETTEER_SOURCE = 'ISO 3166-2; place names in English, Ukrainian and Russian transliteration (project)';

export const PLACES: readonly Place[] = [
  // Crimea (UA-43) and Sevastopol (UA-40)
  { region: 'UA-40', country: 'UA', names: ['sevastopol', 'sebastopol', 'sevastopil', 'balaklava', 'inkerman', 'uasvp'] },
  {
    region: 'UA-43',
    country: 'UA',
    names: [
      'crimea', 'crimean', 'krym', 'krim', 'qirim', 'simferopol', 'symferopol', 'akmescit', 'yalta', 'ialta', 'jalta', 'kerch', 'kerchi',
      'feodosia', 'feodosiya', 'feodosiia', 'teodosiia', 'yevpatoria', 'evpatoria', 'evpatoriya', 'yevpatoriya', 'ievpatoriia',
      'dzhankoi', 'dzhankoy', 'dzhankoj', 'alushta', 'armyansk', 'armiansk', 'krasnoperekopsk', 'saky', 'bakhchysarai', 'bakhchisarai',
      'bakhchisaray', 'chornomorske', 'chernomorskoe', 'sudak', 'staryi krym', 'belogorsk', 'bilohirsk', 'shchelkino',
      // UN/LOCODEs of Crimean ports
      'uakeh', 'uafeo', 'uayal',
    ],
  },
  // so-called DNR / LNR areas and occupied parts of Zaporizhzhia / Kherson (review regions)
  { region: 'UA-14', country: 'UA', names: ['donetsk', 'donetskaya', 'donetska', 'donetskoi', 'donbas', 'donbass', 'dnr', 'makiivka', 'makeevka', 'makeyevka', 'horlivka', 'gorlovka', 'yenakiieve', 'enakievo', 'khartsyzk', 'ilovaisk', 'debaltseve', 'mariupol', 'shakhtarsk', 'torez', 'chystiakove', 'snizhne', 'amvrosiivka', 'novoazovsk'] },
  { region: 'UA-09', country: 'UA', names: ['luhansk', 'lugansk', 'luganskaya', 'luhanska', 'lnr', 'alchevsk', 'stakhanov', 'kadiivka', 'krasnyi luch', 'khrustalnyi', 'antratsyt', 'antratsit', 'sverdlovsk luhansk', 'rovenky', 'dovzhansk', 'severodonetsk', 'sievierodonetsk', 'lysychansk'] },
  { region: 'UA-23', country: 'UA', names: ['melitopol', 'berdiansk', 'berdyansk', 'enerhodar', 'energodar', 'vasylivka', 'prymorsk'] },
  { region: 'UA-65', country: 'UA', names: ['nova kakhovka', 'novaya kakhovka', 'henichesk', 'genichesk', 'skadovsk', 'oleshky', 'hola prystan', 'kakhovka'] },
  // comprehensive embargo countries
  { country: 'IR', names: ['iran', 'tehran', 'teheran', 'tegeran', 'de hei lan', 'thrn', 'isfahan', 'esfahan', 'bandar abbas', 'tabriz', 'mashhad', 'shiraz', 'qom', 'karaj', 'ahvaz', 'bushehr'] },
  { country: 'KP', names: ['north korea', 'dprk', 'kndr', 'korea dpr', 'pyongyang', 'pyeongyang', 'ping rang', 'pkhenyan', 'phenian', 'nampo', 'namp o', 'chongjin', 'sinuiju', 'rason', 'wonsan', 'hamhung'] },
  { country: 'CU', names: ['cuba', 'kuba', 'havana', 'habana', 'la habana', 'gavana', 'santiago de cuba', 'mariel'] },
  { country: 'SY', names: ['syria', 'siriya', 'suriya', 'damascus', 'dimashq', 'damask', 'aleppo', 'halab', 'latakia', 'lattakia', 'tartus', 'homs'] },
  // Russia / Belarus
  { country: 'RU', names: ['russia', 'russian federation', 'rossiya', 'rossiia', 'rossiiskaya federatsiya', 'moscow', 'moskva', 'st petersburg', 'saint petersburg', 'sankt peterburg', 'novosibirsk', 'yekaterinburg', 'ekaterinburg', 'kaliningrad', 'vladivostok', 'novorossiysk', 'novorossiisk', 'kazan', 'nizhny novgorod', 'nizhnii novgorod', 'samara', 'chelyabinsk', 'krasnodar', 'rostov na donu', 'rostov on don', 'izhevsk', 'tula', 'zelenograd'] },
  { country: 'BY', names: ['belarus', 'byelorussia', 'belorussia', 'respublika belarus', 'minsk', 'gomel', 'homel', 'vitebsk', 'viciebsk', 'mogilev', 'mahiliou', 'grodno', 'hrodna', 'baranovichi', 'barysaw', 'borisov'] },
];
