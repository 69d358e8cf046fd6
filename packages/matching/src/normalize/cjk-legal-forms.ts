/**
 * Legal forms written in Han characters or Hangul, replaced by their Latin names before transliteration (any-ascii
 * would read Japanese 株式会社 as Chinese "zhu shi hui she"). Longest form first.
 *
 * Sources: Japanese Companies Act (会社法, Act No. 86 of 2005) company types 株式会社 kabushiki kaisha, 合同会社 gōdō
 * kaisha, 合資会社 gōshi kaisha, 合名会社 gōmei kaisha, and the former 有限会社 yūgen kaisha (a limited liability company;
 * also the usual Japanese rendering of Russian ООО in sanctions notices); PRC Company Law (公司法, 2023) 有限责任公司
 * and 股份有限公司; Korean Commercial Act (상법) 주식회사 jusik hoesa and 유한회사 yuhan hoesa.
 */
const FORMS: Array<[string, string]> = [
  ['公開株式会社', ' public joint stock company '],
  ['株式会社', ' kabushiki kaisha '],
  ['有限会社', ' limited liability company '],
  ['合同会社', ' godo kaisha '],
  ['合資会社', ' limited partnership '],
  ['合名会社', ' general partnership '],
  ['股份有限公司', ' gufen youxian gongsi '],
  ['有限责任公司', ' youxian zeren gongsi '],
  ['有限責任公司', ' youxian zeren gongsi '],
  ['주식회사', ' jusik hoesa '],
  ['유한회사', ' yuhan hoesa '],
  ['(주)', ' jusik hoesa '],
  ['㈜', ' jusik hoesa '],
];

const ANY = /[\u3400-\u9fff\uac00-\ud7af\u3200-\u32ff]/;

/** A company name with its Han/Hangul legal forms spelt in Latin ("株式会社カラシニコフ" → " kabushiki kaisha カラシニコフ"). */
export function latinCjkLegalForms(name: string): string {
  if (!ANY.test(name)) return name;
  // Han and Hangul text needs no spaces: "有限 会社", "公開 株式会社" are the forms as one word
  let out = name.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '');
  for (const [form, latin] of FORMS) if (out.includes(form)) out = out.split(form).join(latin);
  return out;
}
