/**
 * Word lists the large scenario combines into names. Each combination is used at most once
 * (see `uniqueCombo` in large.ts), so duplicates appear only where they are put on purpose.
 * Japanese entries carry a romanisation for email addresses.
 */

export const ADJECTIVES = [
  'Blue', 'Bright', 'Cedar', 'Coastal', 'Crystal', 'Eagle', 'Evergreen', 'First', 'Golden', 'Granite',
  'Green', 'Highland', 'Iron', 'Liberty', 'Maple', 'Meridian', 'Northern', 'Oak', 'Pacific', 'Pioneer',
  'Prairie', 'Red', 'Royal', 'Silver', 'Summit', 'Sunrise', 'Union', 'Vintage', 'Western', 'Willow',
] as const;

export const PLACES = [
  'Bay', 'Bridge', 'Brook', 'Canyon', 'Cliff', 'Creek', 'Crest', 'Dale', 'Delta', 'Field',
  'Forest', 'Gate', 'Glen', 'Grove', 'Harbor', 'Haven', 'Hill', 'Hollow', 'Island', 'Lake',
  'Land', 'Meadow', 'Mill', 'Mountain', 'Park', 'Peak', 'Pine', 'Point', 'Port', 'Ridge',
  'River', 'Rock', 'Shore', 'Spring', 'Star', 'Stone', 'Valley', 'View', 'Wood', 'Works',
] as const;

export const NOUNS = [
  'Analytics', 'Apparel', 'Architects', 'Bakery', 'Builders', 'Cabinets', 'Catering', 'Consulting', 'Design', 'Electric',
  'Engineering', 'Farms', 'Foods', 'Freight', 'Furniture', 'Graphics', 'Hardware', 'Health', 'Hospitality', 'Imports',
  'Industries', 'Interiors', 'Labs', 'Landscaping', 'Logistics', 'Machinery', 'Marine', 'Media', 'Medical', 'Motors',
  'Networks', 'Outfitters', 'Packaging', 'Pharmacy', 'Plumbing', 'Printing', 'Realty', 'Robotics', 'Software', 'Textiles',
] as const;

/** [display suffix, email slug] */
export const SUFFIXES = [
  ['Inc.', 'inc'], ['LLC', 'llc'], ['Ltd', 'ltd'], ['Co.', 'co'], ['Group', 'group'], ['Partners', 'partners'],
  ['Corp.', 'corp'], ['& Sons', 'sons'], ['GmbH', 'gmbh'], ['AB', 'ab'], ['S.A.', 'sa'], ['Holdings', 'holdings'],
] as const;

export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Alice', 'Amelia', 'Andrew', 'Anna', 'Benjamin', 'Bianca', 'Carlos',
  'Charlotte', 'Chloe', 'Daniel', 'David', 'Elena', 'Emily', 'Ethan', 'Fatima', 'Gabriel', 'Grace',
  'Hannah', 'Henry', 'Isabel', 'Jack', 'James', 'Julia', 'Kevin', 'Laura', 'Leo', 'Lucas',
  'Maria', 'Mason', 'Mia', 'Noah', 'Olivia', 'Omar', 'Priya', 'Rachel', 'Samuel', 'Sofia',
  'Thomas', 'Victoria', 'William', 'Yusuf', 'Zoe', 'Nora', 'Felix', 'Ingrid', 'Mateo', 'Lena',
] as const;

export const LAST_NAMES = [
  'Adams', 'Allen', 'Anderson', 'Baker', 'Becker', 'Bell', 'Brooks', 'Brown', 'Campbell', 'Clark',
  'Collins', 'Cook', 'Cooper', 'Diaz', 'Dubois', 'Edwards', 'Evans', 'Fischer', 'Flores', 'Garcia',
  'Gonzalez', 'Gray', 'Green', 'Hall', 'Harris', 'Hernandez', 'Hill', 'Hughes', 'Jackson', 'Jensen',
  'Johnson', 'Jones', 'Kelly', 'Khan', 'King', 'Kowalski', 'Lambert', 'Lee', 'Lewis', 'Lopez',
  'Martin', 'Martinez', 'Meyer', 'Miller', 'Mitchell', 'Moore', 'Morgan', 'Murphy', 'Nelson', 'Nguyen',
  'Novak', 'Parker', 'Patel', 'Perez', 'Petrov', 'Phillips', 'Reed', 'Richter', 'Rivera', 'Roberts',
  'Robinson', 'Rossi', 'Russo', 'Sanchez', 'Schmidt', 'Scott', 'Silva', 'Smith', 'Stewart', 'Taylor',
  'Thomas', 'Thompson', 'Turner', 'Walker', 'Ward', 'Weber', 'White', 'Wilson', 'Wright', 'Young',
] as const;

export const JP_PREFIXES = [
  ['', ''], ['東', 'higashi'], ['西', 'nishi'], ['南', 'minami'], ['北', 'kita'],
  ['新', 'shin'], ['大', 'dai'], ['中央', 'chuo'], ['第一', 'daiichi'], ['日本', 'nihon'],
] as const;

export const JP_PLACES = [
  ['さくら', 'sakura'], ['富士', 'fuji'], ['青葉', 'aoba'], ['朝日', 'asahi'], ['大和', 'yamato'],
  ['東海', 'tokai'], ['瀬戸', 'seto'], ['北斗', 'hokuto'], ['若葉', 'wakaba'], ['松風', 'matsukaze'],
  ['ひかり', 'hikari'], ['明星', 'myojo'], ['白鳥', 'hakucho'], ['平和', 'heiwa'], ['協和', 'kyowa'],
  ['三和', 'sanwa'], ['山王', 'sanno'], ['桜井', 'sakurai'], ['高砂', 'takasago'], ['常盤', 'tokiwa'],
  ['飛鳥', 'asuka'], ['葵', 'aoi'], ['千代田', 'chiyoda'], ['浪速', 'naniwa'], ['博多', 'hakata'],
  ['横浜', 'yokohama'], ['札幌', 'sapporo'], ['仙台', 'sendai'], ['神戸', 'kobe'], ['広島', 'hiroshima'],
  ['金沢', 'kanazawa'], ['奈良', 'nara'], ['長野', 'nagano'], ['岡山', 'okayama'], ['熊本', 'kumamoto'],
  ['静岡', 'shizuoka'], ['新潟', 'niigata'], ['みなと', 'minato'], ['鎌倉', 'kamakura'], ['湘南', 'shonan'],
] as const;

export const JP_TRADES = [
  ['商事', 'shoji'], ['物産', 'bussan'], ['工業', 'kogyo'], ['電機', 'denki'], ['建設', 'kensetsu'],
  ['運輸', 'unyu'], ['食品', 'shokuhin'], ['製作所', 'seisakusho'], ['印刷', 'insatsu'], ['設計', 'sekkei'],
  ['不動産', 'fudosan'], ['薬品', 'yakuhin'], ['化学', 'kagaku'], ['精機', 'seiki'], ['産業', 'sangyo'],
  ['物流', 'butsuryu'], ['通信', 'tsushin'], ['興業', 'kougyo'], ['製菓', 'seika'], ['酒造', 'shuzo'],
  ['繊維', 'seni'], ['木材', 'mokuzai'], ['技研', 'giken'], ['商会', 'shokai'], ['システム', 'system'],
  ['ソリューションズ', 'solutions'], ['開発', 'kaihatsu'], ['住宅', 'jutaku'], ['農園', 'noen'], ['デザイン', 'design'],
] as const;

/** [before the name, after the name, email slug] */
export const JP_FORMS = [
  ['株式会社', '', 'kk'], ['', '株式会社', 'co'], ['合同会社', '', 'llc'], ['有限会社', '', 'yk'],
] as const;

export const JP_LAST = [
  ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'],
  ['渡辺', 'watanabe'], ['山本', 'yamamoto'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'],
  ['吉田', 'yoshida'], ['山田', 'yamada'], ['佐々木', 'sasaki'], ['山口', 'yamaguchi'], ['松本', 'matsumoto'],
  ['井上', 'inoue'], ['木村', 'kimura'], ['林', 'hayashi'], ['斎藤', 'saito'], ['清水', 'shimizu'],
  ['山崎', 'yamazaki'], ['森', 'mori'], ['池田', 'ikeda'], ['橋本', 'hashimoto'], ['阿部', 'abe'],
  ['石川', 'ishikawa'], ['山下', 'yamashita'], ['中島', 'nakajima'], ['石井', 'ishii'], ['小川', 'ogawa'],
  ['前田', 'maeda'], ['岡田', 'okada'], ['長谷川', 'hasegawa'], ['藤田', 'fujita'], ['後藤', 'goto'],
  ['近藤', 'kondo'], ['村上', 'murakami'], ['遠藤', 'endo'], ['青木', 'aoki'], ['坂本', 'sakamoto'],
] as const;

export const JP_FIRST = [
  ['太郎', 'taro'], ['花子', 'hanako'], ['翔太', 'shota'], ['美咲', 'misaki'], ['大輔', 'daisuke'],
  ['陽子', 'yoko'], ['健一', 'kenichi'], ['由美', 'yumi'], ['拓也', 'takuya'], ['さくら', 'sakura'],
  ['直樹', 'naoki'], ['愛', 'ai'], ['誠', 'makoto'], ['恵', 'megumi'], ['浩', 'hiroshi'],
  ['真理子', 'mariko'], ['隆', 'takashi'], ['香織', 'kaori'], ['修', 'osamu'], ['千尋', 'chihiro'],
  ['亮', 'ryo'], ['舞', 'mai'], ['剛', 'tsuyoshi'], ['綾香', 'ayaka'], ['徹', 'toru'],
  ['玲奈', 'rena'], ['健', 'ken'], ['結衣', 'yui'], ['大樹', 'daiki'], ['七海', 'nanami'],
  ['悠斗', 'yuto'], ['葵', 'aoi'], ['蓮', 'ren'], ['陽菜', 'hina'], ['湊', 'minato'],
  ['凛', 'rin'], ['樹', 'itsuki'], ['結菜', 'yuna'], ['颯太', 'sota'], ['芽依', 'mei'],
] as const;

/** [city, state, zip, street names, country, region] per currency's home market. */
export type Place = readonly [string, string, string, string, string, string];

export const PLACES_BY_CURRENCY: Record<'USD' | 'EUR' | 'GBP' | 'JPY', readonly Place[]> = {
  USD: [
    ['New York', 'NY', '10001', 'Broadway', 'U.S.A.', 'North America'],
    ['San Francisco', 'CA', '94105', 'Mission Street', 'U.S.A.', 'North America'],
    ['Austin', 'TX', '78701', 'Congress Avenue', 'U.S.A.', 'North America'],
    ['Seattle', 'WA', '98101', 'Pine Street', 'U.S.A.', 'North America'],
    ['Chicago', 'IL', '60601', 'Michigan Avenue', 'U.S.A.', 'North America'],
    ['Boston', 'MA', '02108', 'Beacon Street', 'U.S.A.', 'North America'],
  ],
  EUR: [
    ['Berlin', 'Berlin', '10115', 'Invalidenstraße', 'Germany', 'Europe'],
    ['Munich', 'Bavaria', '80331', 'Sendlinger Straße', 'Germany', 'Europe'],
    ['Paris', 'Île-de-France', '75008', 'Rue du Faubourg Saint-Honoré', 'France', 'Europe'],
    ['Madrid', 'Madrid', '28013', 'Gran Vía', 'Spain', 'Europe'],
    ['Stockholm', 'Stockholm', '111 52', 'Drottninggatan', 'Sweden', 'Europe'],
  ],
  GBP: [
    ['London', 'Greater London', 'EC1A 1BB', 'High Holborn', 'United Kingdom', 'Europe'],
    ['Manchester', 'Greater Manchester', 'M1 1AE', 'Deansgate', 'United Kingdom', 'Europe'],
    ['Edinburgh', 'Scotland', 'EH1 1YZ', 'Princes Street', 'United Kingdom', 'Europe'],
  ],
  JPY: [
    ['千代田区', '東京都', '100-0005', '丸の内', '日本', 'Kanto'],
    ['渋谷区', '東京都', '150-0041', '神南', '日本', 'Kanto'],
    ['横浜市西区', '神奈川県', '220-0012', 'みなとみらい', '日本', 'Kanto'],
    ['大阪市北区', '大阪府', '530-0001', '梅田', '日本', 'Kansai'],
    ['神戸市中央区', '兵庫県', '650-0021', '三宮町', '日本', 'Kansai'],
    ['福岡市博多区', '福岡県', '812-0011', '博多駅前', '日本', 'Kyushu'],
    ['名古屋市中村区', '愛知県', '450-0002', '名駅', '日本', ''],
  ],
};
