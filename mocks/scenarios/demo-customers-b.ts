/** Demo customers 21–40 (see demo-customers-a.ts for the conventions). */
import type { AddressSpec, CustomerSpec } from './demo-spec';
import { JP } from './demo-addresses';
import { us } from './demo-customers-a';

const uk = (address: string, city: string, state: string, zip: string): AddressSpec => ({
  address,
  city,
  state,
  zip,
  country: 'United Kingdom',
});

export const CUSTOMERS_B: CustomerSpec[] = [
  {
    id: '21', name: 'Wayne Enterprises', currency: 'USD', terms: 45, owner: '4', customFields: true, region: 'North America',
    persons: [
      { salutation: 'Mr.', first: 'Lucius', last: 'Fox', email: 'lucius.fox@wayne.example', phone: true, designation: 'CEO' },
      { first: 'Alfred', last: 'Pennyworth', email: 'alfred@wayne.example', phone: true },
    ],
    billing: us('1007 Mountain Drive', 'Gotham', 'NJ', '07001'),
    ja: {
      name: 'ウェイン産業株式会社',
      persons: [
        { first: '健', last: '岡田', email: 'okada@wayne-sangyo.example.jp', phone: true, designation: '代表取締役' },
        { first: '正人', last: '森', email: 'mori@wayne-sangyo.example.jp', phone: true },
      ],
      billing: JP.sapporo,
    },
  },
  // No contact person, no email, no transactions.
  {
    id: '22', name: 'Umbrella Pharmaceuticals', currency: 'EUR', terms: 60, region: 'Europe',
    notes: 'Prospect; no contact person yet.',
    billing: { address: 'Industriestraße 7', city: 'Frankfurt am Main', state: 'Hessen', zip: '60314', country: 'Germany' },
    ja: { name: 'アンブレラ製薬株式会社', region: 'Kansai', notes: '見込み客。担当者未登録。', billing: JP.kobe },
  },
  {
    id: '23', name: 'Soylent Foods', currency: 'USD', terms: 0, owner: '3',
    persons: [{ first: 'Robert', last: 'Thorn', email: 'orders@soylent.example', phone: true }],
    billing: us('500 Green Street', 'New York', 'NY', '10012'),
    ja: {
      name: 'ソイレント食品株式会社',
      persons: [{ first: '大樹', last: '清水', email: 'order@soylent-foods.example.jp', phone: true }],
      billing: JP.shinjuku,
    },
  },
  {
    id: '24', name: 'Hooli', currency: 'USD', terms: 15, portal: true,
    persons: [
      { first: 'Gavin', last: 'Belson', email: 'gavin.belson@hooli.example', phone: true, designation: 'CEO' },
      { first: 'Jared', last: 'Dunn', email: 'jared.dunn@hooli.example', mobile: true },
    ],
    billing: us('1 Hooli Way', 'Palo Alto', 'CA', '94301'),
    ja: {
      name: 'フーリー株式会社', region: 'Kanto',
      persons: [
        { first: '剛', last: '長谷川', email: 'hasegawa@hooli.example.jp', phone: true, designation: 'CEO' },
        { first: '舞', last: '村上', email: 'murakami@hooli.example.jp', mobile: true },
      ],
      billing: JP.roppongi,
    },
  },
  {
    id: '25', name: 'Pied Piper', currency: 'USD', terms: 30, owner: '4', region: 'North America',
    persons: [{ first: 'Richard', last: 'Hendricks', email: 'richard@piedpiper.example', mobile: true, designation: 'CEO' }],
    billing: us('5230 Newell Road', 'Palo Alto', 'CA', '94303'),
    ja: {
      name: 'パイドパイパー合同会社', region: 'Kanto',
      persons: [{ first: '亮', last: '近藤', email: 'kondo@piedpiper.example.jp', mobile: true, designation: 'CEO' }],
      billing: JP.shibuya,
    },
  },
  {
    id: '26', name: 'Vandelay Industries', currency: 'USD', terms: 30,
    notes: 'Importer/exporter. No contact person yet.',
    billing: us('129 West 81st Street', 'New York', 'NY', '10024', 'Apt 5A'),
    ja: { name: 'バンデレイ輸入株式会社', notes: '輸入・輸出業。担当者未登録。', billing: JP.yokohama },
  },
  {
    id: '27', name: 'Tyrell Corporation', currency: 'GBP', terms: 60, owner: '3', statementTemplate: '2',
    customFields: true, region: 'Europe',
    persons: [
      { salutation: 'Dr.', first: 'Eldon', last: 'Tyrell', email: 'eldon.tyrell@tyrell.example', phone: true, designation: 'Chairman' },
      { first: 'Rachael', last: 'Rosen', email: 'rachael.rosen@tyrell.example', phone: true, mobile: true, designation: 'Assistant' },
    ],
    billing: uk('1 Canary Wharf', 'London', 'Greater London', 'E14 5AB'),
    ja: {
      name: 'タイレル精機株式会社',
      persons: [
        { first: '英樹', last: '山口', email: 'yamaguchi@tyrell-seiki.example.jp', phone: true, designation: '会長' },
        { first: '玲奈', last: '松田', email: 'matsuda@tyrell-seiki.example.jp', phone: true, mobile: true, designation: '秘書' },
      ],
      billing: JP.nagoya,
    },
  },
  {
    id: '28', name: 'Cyberdyne Systems', currency: 'USD', terms: 30, owner: '4', inactive: true,
    notes: 'Project cancelled.',
    persons: [{ first: 'Miles', last: 'Dyson', email: 'miles.dyson@cyberdyne.example', phone: true }],
    billing: us('18144 El Camino Real', 'Sunnyvale', 'CA', '94087'),
    ja: {
      name: 'サイバーダイン・システムズ株式会社', notes: 'プロジェクト中止。',
      persons: [{ first: '浩', last: '原田', email: 'harada@cyberdyne.example.jp', phone: true }],
      billing: JP.shinjuku,
    },
  },
  // A name a spreadsheet would read as a formula: exports must neutralise it.
  {
    id: '29', name: '@Home Interiors', currency: 'USD', terms: 30,
    persons: [{ first: 'Grace', last: 'Miller', email: 'grace@athome-interiors.example', phone: true }],
    billing: us('742 Evergreen Terrace', 'Springfield', 'IL', '62704'),
    ja: {
      name: '@ホーム・インテリア', region: 'Kansai',
      persons: [{ first: '恵', last: '青木', email: 'aoki@athome-interiors.example.jp', phone: true }],
      billing: JP.kobe,
    },
  },
  {
    id: '30', name: '株式会社ふじ電機', currency: 'JPY', terms: 45, owner: '3', lang: 'ja', customFields: true, region: 'Kanto',
    persons: [
      { first: '浩之', last: '藤井', email: 'fujii@fuji-denki.example.jp', phone: true, mobile: true, designation: '購買部長', department: '購買部' },
      { first: '美穂', last: '西村', email: 'nishimura@fuji-denki.example.jp', phone: true, designation: '経理', department: '経理部' },
    ],
    billing: JP.kawasaki,
  },
  // A payment on account (no invoice applied): unused credits in JPY.
  {
    id: '31', name: '東京フードサービス株式会社', currency: 'JPY', terms: 30, pricebook: '2', lang: 'ja', portal: true, region: 'Kanto',
    persons: [
      { first: '大輔', last: '小川', email: 'ogawa@tokyo-food.example.jp', phone: true, designation: '営業部長' },
      { first: '愛', last: '中島', email: 'nakajima@tokyo-food.example.jp', phone: true, mobile: true, designation: '経理担当' },
    ],
    billing: JP.shinjuku,
    shipping: JP.shinonome,
  },
  {
    id: '32', name: '大阪ロジスティクス株式会社', currency: 'JPY', terms: 30, owner: '4', lang: 'ja', statementTemplate: '2', region: 'Kansai',
    persons: [{ first: '康介', last: '中川', email: 'nakagawa@osaka-logi.example.jp', phone: true, designation: '物流部長' }],
    billing: JP.nanko,
  },
  {
    id: '33', name: 'Anna Kowalski', individual: true, currency: 'GBP', terms: 15, region: 'Europe',
    persons: [{ salutation: 'Ms.', first: 'Anna', last: 'Kowalski', email: 'anna.kowalski@mail.example', mobile: true }],
    billing: uk('14 Rose Lane', 'Manchester', 'Greater Manchester', 'M1 4BT'),
    ja: {
      name: '小松 あんな',
      persons: [{ first: 'あんな', last: '小松', email: 'anna.komatsu@mail.example.jp', mobile: true }],
      billing: JP.sapporo,
    },
  },
  {
    id: '34', name: 'Green Valley Farms', currency: 'USD', terms: 30, pricebook: '2', owner: '3', statementTemplate: '2',
    customFields: true, region: 'North America',
    persons: [
      { first: 'Sam', last: 'Green', email: 'sam@greenvalley.example', phone: true, mobile: true, designation: 'Owner' },
      { first: 'Lucy', last: 'Hart', email: 'accounts@greenvalley.example', designation: 'Accounts' },
    ],
    billing: us('2200 County Road 5', 'Boulder', 'CO', '80301'),
    ja: {
      name: '緑が丘ファーム株式会社',
      persons: [
        { first: '徹', last: '野村', email: 'nomura@midorigaoka-farm.example.jp', phone: true, mobile: true, designation: '代表' },
        { first: '千尋', last: '菊地', email: 'keiri@midorigaoka-farm.example.jp', designation: '経理' },
      ],
      billing: JP.sapporo,
    },
  },
  {
    id: '35', name: 'Kenji Nakamura Consulting', currency: 'USD', terms: 30,
    persons: [{ salutation: 'Mr.', first: 'Kenji', last: 'Nakamura', email: 'kenji@nakamura-consulting.example', phone: true }],
    billing: us('350 Fifth Avenue', 'New York', 'NY', '10118', 'Suite 5100'),
    ja: {
      name: '中村健二コンサルティング', region: 'Kanto',
      persons: [{ first: '健二', last: '中村', email: 'kenji@nakamura-consulting.example.jp', phone: true }],
      billing: JP.yurakucho,
    },
  },
  {
    id: '36', name: 'Lindqvist Design AB', currency: 'EUR', terms: 30, region: 'Europe',
    persons: [
      { first: 'Erik', last: 'Lindqvist', email: 'erik@lindqvist.example', phone: true },
      { first: 'Sara', last: 'Berg', email: 'sara.berg@lindqvist.example' },
    ],
    billing: { address: 'Götgatan 22', city: 'Stockholm', state: 'Stockholm', zip: '118 46', country: 'Sweden' },
  },
  {
    id: '37', name: 'Sunrise Hotels', currency: 'USD', terms: 45, owner: '4', portal: true,
    persons: [
      { first: 'Nina', last: 'Patel', email: 'nina.patel@sunrise-hotels.example', phone: true, designation: 'Procurement' },
      { first: 'Omar', last: 'Haddad', email: 'omar.haddad@sunrise-hotels.example', mobile: true },
    ],
    billing: us('77 Ocean Drive', 'Miami Beach', 'FL', '33139'),
    ja: {
      name: 'サンライズホテルズ株式会社', region: 'Kansai',
      persons: [
        { first: '陽子', last: '宮崎', email: 'miyazaki@sunrise-hotels.example.jp', phone: true, designation: '購買担当' },
        { first: '翼', last: '池田', email: 'ikeda@sunrise-hotels.example.jp', mobile: true },
      ],
      billing: JP.kyoto,
    },
  },
  // Inactive with an overdue invoice still unpaid.
  {
    id: '38', name: 'Old Mill Supplies', currency: 'USD', terms: 30, inactive: true,
    notes: 'Closed; one invoice is still unpaid.',
    persons: [{ first: 'Walter', last: 'Hughes', email: 'walter@oldmill.example', phone: true }],
    billing: us('3 Mill Road', 'Portland', 'ME', '04101'),
    ja: {
      name: '古川資材有限会社', region: 'Kyushu', notes: '廃業。未払いの請求書が1件残っている。',
      persons: [{ first: '茂', last: '古川', email: 'furukawa@furukawa-shizai.example.jp', phone: true }],
      billing: JP.hakata,
    },
  },
  {
    id: '39', name: 'Evergreen Landscaping', currency: 'USD', terms: 15, owner: '3', portal: true,
    persons: [{ first: 'Hannah', last: 'Moore', email: 'hannah@evergreen.example', mobile: true }],
    billing: us('410 Pine Street', 'Portland', 'OR', '97204'),
    ja: {
      name: '常盤造園株式会社', region: 'Kansai',
      persons: [{ first: '香織', last: '上田', email: 'ueda@tokiwa-zoen.example.jp', mobile: true }],
      billing: JP.kyoto,
    },
  },
  // A person without an email and no address at all.
  {
    id: '40', name: 'John Doe', individual: true, currency: 'USD', terms: 0,
    persons: [{ salutation: 'Mr.', first: 'John', last: 'Doe', mobile: true }],
    ja: { name: '名無 権兵衛', persons: [{ first: '権兵衛', last: '名無', mobile: true }] },
  },
];
