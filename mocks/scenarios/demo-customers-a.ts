/**
 * Demo customers 1–20. Ids are fixed: end-to-end tests and docs refer to them. The comments
 * say which state each customer is there to show; `ja` is its counterpart in the Japanese
 * scenario (absent: the same in both).
 */
import type { AddressSpec, CustomerSpec } from './demo-spec';
import { JP } from './demo-addresses';

export const us = (address: string, city: string, state: string, zip: string, street2 = ''): AddressSpec => ({
  address,
  street2,
  city,
  state,
  zip,
  country: 'U.S.A.',
});
const london = (address: string, zip: string): AddressSpec => ({
  address,
  city: 'London',
  state: 'Greater London',
  zip,
  country: 'United Kingdom',
});

export const CUSTOMERS_A: CustomerSpec[] = [
  // Likely-duplicate group (punctuation and full width): 1, 2, 3. 1 is the rich one.
  {
    id: '1', name: 'Acme Inc.', company: 'Acme Inc.', currency: 'USD', terms: 30, pricebook: '1', owner: '3',
    portal: true, customFields: true, region: 'North America', website: 'https://acme.example',
    notes: 'Key account. Prefers invoices by email.',
    persons: [
      { salutation: 'Mr.', first: 'John', last: 'Smith', email: 'john.smith@acme.example', phone: true, mobile: true, designation: 'CFO', department: 'Finance' },
      { salutation: 'Ms.', first: 'Emily', last: 'Davis', email: 'emily.davis@acme.example', phone: true, designation: 'Accounts Payable Manager', department: 'Finance' },
      { first: 'Robert', last: 'Brown', email: 'robert.brown@acme.example', designation: 'Buyer', department: 'Purchasing' },
    ],
    billing: us('1200 Market Street', 'San Francisco', 'CA', '94103', 'Suite 400'),
    shipping: { ...us('55 Harbor Way', 'Oakland', 'CA', '94607'), attention: 'Receiving dock' },
  },
  {
    id: '2', name: 'ACME, Inc', currency: 'USD', terms: 15, region: 'North America',
    notes: 'Imported from the old system.',
    persons: [{ first: 'Accounts', last: 'Payable', email: 'ap@acme-inc.example' }],
    billing: us('1200 Market St.', 'San Francisco', 'CA', '94103', 'Ste 400'),
  },
  {
    id: '3', name: 'ＡＣＭＥ Inc', currency: 'USD', terms: 30, owner: '3', lang: 'ja',
    notes: 'Registered by the Tokyo office with a full-width name. No email yet, so no portal.',
    billing: { ...JP.roppongi, attention: 'ACME Japan' },
  },
  // Exact-duplicate pair (an ideographic space): 4 and 5. 4 is the rich Japanese customer.
  {
    id: '4', name: '株式会社さくら商事', company: '株式会社さくら商事', currency: 'JPY', terms: 30, owner: '4', lang: 'ja',
    portal: true, customFields: true, region: 'Kanto', website: 'https://sakura-shoji.example.jp',
    notes: '毎月20日締め、翌月末払い。',
    persons: [
      { first: '太郎', last: '山田', email: 'yamada@sakura-shoji.example.jp', phone: true, mobile: true, designation: '経理部長', department: '経理部' },
      { first: '花子', last: '佐藤', email: 'sato@sakura-shoji.example.jp', phone: true, designation: '購買担当', department: '購買部' },
    ],
    billing: JP.marunouchi,
  },
  {
    id: '5', name: '株式会社\u3000さくら商事', company: '株式会社さくら商事', currency: 'JPY', terms: 30, lang: 'ja', region: 'Kanto',
    notes: '営業部が別に登録した重複データ。',
    persons: [{ first: '一郎', last: '鈴木', email: 'suzuki@sakura-shoji.example.jp', phone: true }],
    billing: JP.marunouchi,
  },
  // Exact-duplicate group (case and spaces): 6, 7 (USD) and 8 (EUR: merging all three gives 3003).
  {
    id: '6', name: 'Blue Harbor Trading', currency: 'USD', terms: 45, owner: '4', customFields: true, region: 'North America',
    persons: [
      { salutation: 'Ms.', first: 'Olivia', last: 'Chen', email: 'olivia.chen@blueharbor.example', phone: true, mobile: true, designation: 'Owner' },
      { first: 'Marcus', last: 'Lee', email: 'marcus.lee@blueharbor.example', designation: 'Bookkeeper' },
    ],
    billing: us('88 Pier Avenue', 'Seattle', 'WA', '98101'),
    ja: {
      name: 'みなと物産株式会社', region: 'Kanto',
      persons: [
        { first: '健一', last: '高橋', email: 'takahashi@minato-bussan.example.jp', phone: true, mobile: true, designation: '代表取締役' },
        { first: '美咲', last: '伊藤', email: 'ito@minato-bussan.example.jp', designation: '経理担当' },
      ],
      billing: JP.yokohama,
    },
  },
  {
    id: '7', name: 'blue harbor trading', currency: 'USD', terms: 45, notes: 'Entered in lower case by an import.',
    persons: [{ first: 'Olivia', last: 'Chen', email: 'billing@blueharbor.example' }],
    billing: us('88 Pier Avenue', 'Seattle', 'WA', '98101'),
    ja: {
      name: 'みなと物産\u3000株式会社', notes: 'インポートで重複登録。',
      persons: [{ first: '健一', last: '高橋', email: 'billing@minato-bussan.example.jp' }],
      billing: JP.yokohama,
    },
  },
  {
    id: '8', name: 'Blue  Harbor Trading', currency: 'EUR', terms: 30, region: 'Europe',
    notes: 'European branch; invoiced in EUR.',
    persons: [{ first: 'Lars', last: 'Jensen', email: 'lars.jensen@blueharbor.example' }],
    billing: { address: 'Hafenstraße 12', city: 'Hamburg', state: 'Hamburg', zip: '20457', country: 'Germany' },
    ja: {
      name: 'みなと 物産株式会社', currency: 'EUR', lang: 'en', region: 'Europe', notes: 'European branch; invoiced in EUR.',
      persons: [{ first: 'Lars', last: 'Jensen', email: 'lars.jensen@minato-bussan.example' }],
      billing: { address: 'Hafenstraße 12', city: 'Hamburg', state: 'Hamburg', zip: '20457', country: 'Germany' },
    },
  },
  // Merge: 10 was merged into 9 (its paid invoice now belongs to 9).
  {
    id: '9', name: 'Northwind Traders', currency: 'GBP', terms: 30, pricebook: '2', owner: '3', portal: true,
    customFields: true, region: 'Europe',
    persons: [
      { salutation: 'Mr.', first: 'James', last: 'Wilson', email: 'james.wilson@northwind.example', phone: true, designation: 'Finance Director' },
      { salutation: 'Ms.', first: 'Sophie', last: 'Taylor', email: 'sophie.taylor@northwind.example', phone: true, mobile: true, designation: 'Office Manager' },
    ],
    billing: london('221 Baker Street', 'NW1 6XE'),
    ja: {
      name: 'ノースウインド商会 ロンドン支店', company: '株式会社ノースウインド商会', currency: 'GBP', region: 'Europe',
      persons: [
        { first: '大輔', last: '中村', email: 'nakamura@northwind-shokai.example.jp', phone: true, designation: '支店長' },
        { first: 'Sophie', last: 'Taylor', email: 'sophie.taylor@northwind-shokai.example.jp', phone: true, mobile: true, designation: 'Office Manager' },
      ],
      billing: london('221 Baker Street', 'NW1 6XE'),
    },
  },
  {
    id: '10', name: 'Northwind Trading Ltd', currency: 'GBP', terms: 30, owner: '3', inactive: true, mergedInto: '9',
    notes: 'Old account of Northwind.',
    persons: [{ first: 'James', last: 'Wilson', email: 'j.wilson@northwind-trading.example' }],
    billing: london('221 Baker Street', 'NW1 6XE'),
    ja: {
      name: 'ノースウインド商会 ロンドン事務所', company: '株式会社ノースウインド商会', currency: 'GBP', notes: '旧アカウント。',
      persons: [{ first: '大輔', last: '中村', email: 'd.nakamura@northwind-shokai.example.jp' }],
      billing: london('221 Baker Street', 'NW1 6XE'),
    },
  },
  // Overdue invoices with reminders stopped.
  {
    id: '11', name: 'Globex Corporation', currency: 'USD', terms: 60, pricebook: '1', portal: true, remindersOff: true,
    customFields: true, region: 'North America',
    notes: 'Two invoices are disputed; reminders are stopped until the dispute is settled.',
    persons: [
      { salutation: 'Mr.', first: 'Hank', last: 'Scorpio', email: 'hank.scorpio@globex.example', phone: true, mobile: true, designation: 'CEO' },
      { first: 'Linda', last: 'Park', email: 'ap@globex.example', phone: true, designation: 'Accounts Payable', department: 'Finance' },
    ],
    billing: us('1 Globex Plaza', 'Springfield', 'OR', '97477'),
    ja: {
      name: 'グローベックス株式会社', region: 'Kanto', notes: '請求書2件が係争中のため、督促を停止しています。',
      persons: [
        { first: '修', last: '小林', email: 'kobayashi@globex.example.jp', phone: true, mobile: true, designation: '代表取締役社長' },
        { first: '由美', last: '加藤', email: 'keiri@globex.example.jp', phone: true, designation: '経理担当', department: '経理部' },
      ],
      billing: JP.shinjuku,
    },
  },
  // A payment larger than its invoice: unused credits.
  {
    id: '12', name: 'Initech LLC', currency: 'USD', terms: 30, owner: '4',
    notes: 'Overpaid the last invoice; the credit is kept on account.',
    persons: [
      { first: 'Bill', last: 'Lumbergh', email: 'bill.lumbergh@initech.example', phone: true, designation: 'Vice President' },
      { first: 'Peter', last: 'Gibbons', email: 'peter.gibbons@initech.example' },
    ],
    billing: us('4120 Freidrich Lane', 'Austin', 'TX', '78744'),
    ja: {
      name: 'イニテック合同会社', notes: '前回の請求書で過入金あり。差額は前受金として保持。',
      persons: [
        { first: '誠', last: '渡辺', email: 'watanabe@initech.example.jp', phone: true, designation: '副社長' },
        { first: '翔太', last: '山本', email: 'yamamoto@initech.example.jp' },
      ],
      billing: JP.shibuya,
    },
  },
  {
    id: '13', name: 'Maria Garcia', individual: true, currency: 'EUR', terms: 15, owner: '3', region: 'Europe',
    persons: [{ salutation: 'Ms.', first: 'Maria', last: 'Garcia', email: 'maria.garcia@mail.example', mobile: true }],
    billing: { address: 'Calle de Alcalá 45', street2: '3º B', city: 'Madrid', state: 'Madrid', zip: '28014', country: 'Spain' },
    ja: {
      name: '佐々木 由紀', region: 'Kansai',
      persons: [{ first: '由紀', last: '佐々木', email: 'yuki.sasaki@mail.example.jp', mobile: true }],
      billing: JP.kyoto,
    },
  },
  {
    id: '14', name: 'Müller & Söhne GmbH', currency: 'EUR', terms: 30, pricebook: '2', owner: '4', lang: 'de',
    statementTemplate: '2', customFields: true, region: 'Europe', website: 'https://mueller-soehne.example',
    persons: [
      { salutation: 'Herr', first: 'Klaus', last: 'Müller', email: 'klaus.mueller@mueller-soehne.example', phone: true, designation: 'Geschäftsführer' },
      { salutation: 'Frau', first: 'Anna', last: 'Schmidt', email: 'buchhaltung@mueller-soehne.example', phone: true, designation: 'Buchhaltung' },
    ],
    billing: { address: 'Königstraße 28', city: 'Stuttgart', state: 'Baden-Württemberg', zip: '70173', country: 'Germany' },
  },
  {
    id: '15', name: 'Café Lumière SARL', currency: 'EUR', terms: 45, lang: 'fr', portal: true, region: 'Europe',
    persons: [{ salutation: 'Mme', first: 'Camille', last: 'Dubois', email: 'camille@cafe-lumiere.example', phone: true, mobile: true, designation: 'Gérante' }],
    billing: { address: '12 Rue de Rivoli', city: 'Paris', state: 'Île-de-France', zip: '75004', country: 'France' },
    ja: {
      name: 'カフェ・ルミエール', company: '株式会社カフェ・ルミエール', region: 'Kanto',
      persons: [{ first: '綾香', last: '松本', email: 'matsumoto@cafe-lumiere.example.jp', phone: true, mobile: true, designation: '店長' }],
      billing: JP.shibuya,
    },
  },
  {
    id: '16', name: '山田太郎', individual: true, currency: 'JPY', terms: 0, owner: '3', lang: 'ja', region: 'Kansai',
    persons: [{ first: '太郎', last: '山田', email: 'taro.yamada@mail.example.jp', mobile: true }],
    billing: JP.umeda,
  },
  {
    id: '17', name: '合同会社みらいデザイン', currency: 'JPY', terms: 60, pricebook: '3', owner: '4', lang: 'ja', portal: true,
    customFields: true, region: 'Kanto', website: 'https://mirai-design.example.jp',
    persons: [
      { first: '直樹', last: '井上', email: 'inoue@mirai-design.example.jp', phone: true, mobile: true, designation: '代表社員' },
      { first: 'さくら', last: '木村', email: 'kimura@mirai-design.example.jp', phone: true, designation: 'アートディレクター', department: '制作部' },
      { first: '拓也', last: '林', email: 'keiri@mirai-design.example.jp', designation: '経理', department: '管理部' },
    ],
    billing: JP.shibuya,
  },
  {
    id: '18', name: '有限会社たなか工務店', currency: 'JPY', terms: 15, inactive: true, lang: 'ja', region: 'Kyushu',
    notes: '廃業のため取引終了。',
    persons: [{ first: '誠一', last: '田中', email: 'tanaka@tanaka-koumuten.example.jp', phone: true }],
    billing: JP.hakata,
  },
  {
    id: '19', name: 'Oceanic Airlines', currency: 'USD', terms: 30, owner: '3', inactive: true,
    notes: 'No longer a customer; history kept.',
    persons: [{ first: 'Jack', last: 'Shephard', email: 'jack.shephard@oceanic.example', phone: true }],
    billing: us('815 Airport Road', 'Honolulu', 'HI', '96819'),
    ja: {
      name: 'オーシャニック航空株式会社', region: 'Kyushu', notes: '取引終了。履歴のみ保持。',
      persons: [{ first: '隆', last: '斎藤', email: 'saito@oceanic.example.jp', phone: true }],
      billing: JP.hakata,
    },
  },
  {
    id: '20', name: 'Stark Industries', currency: 'USD', terms: 30, pricebook: '3', statementTemplate: '2',
    customFields: true, region: 'North America', website: 'https://stark.example',
    persons: [
      { salutation: 'Mr.', first: 'Tony', last: 'Stark', email: 'tony@stark.example', mobile: true, designation: 'CEO' },
      { salutation: 'Ms.', first: 'Pepper', last: 'Potts', email: 'pepper.potts@stark.example', phone: true, mobile: true, designation: 'COO' },
      { salutation: 'Mr.', first: 'Happy', last: 'Hogan', email: 'happy.hogan@stark.example', phone: true, designation: 'Head of Security' },
    ],
    billing: us('10880 Malibu Point', 'Malibu', 'CA', '90265'),
    ja: {
      name: 'スターク工業株式会社',
      persons: [
        { first: '達也', last: '石川', email: 'ishikawa@stark-kogyo.example.jp', mobile: true, designation: '代表取締役' },
        { first: '真理子', last: '前田', email: 'maeda@stark-kogyo.example.jp', phone: true, mobile: true, designation: '取締役' },
        { first: '浩二', last: '藤田', email: 'fujita@stark-kogyo.example.jp', phone: true, designation: '総務部長' },
      ],
      billing: JP.nagoya,
    },
  },
];
