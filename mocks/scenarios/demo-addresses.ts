/** Japanese addresses the demo tables share (full form: prefecture, city, block, building). */
import type { AddressSpec } from './demo-spec';

const jp = (state: string, city: string, address: string, zip: string, street2 = ''): AddressSpec => ({
  state,
  city,
  address,
  street2,
  zip,
  country: '日本',
});

export const JP = {
  marunouchi: jp('東京都', '千代田区', '丸の内1-6-5', '100-0005', 'さくらビル8階'),
  umeda: jp('大阪府', '大阪市北区', '梅田3-1-3', '530-0001', 'グランドメゾン梅田1204号室'),
  shibuya: jp('東京都', '渋谷区', '神南1-19-11', '150-0041', 'パークウェースクエア3階'),
  nagoya: jp('愛知県', '名古屋市中村区', '名駅4-7-1', '450-0002', '名駅センタービル9階'),
  hakata: jp('福岡県', '福岡市博多区', '博多駅前2-1-1', '812-0011'),
  kyoto: jp('京都府', '京都市下京区', '烏丸通七条下ル東塩小路町721-1', '600-8216'),
  yokohama: jp('神奈川県', '横浜市西区', 'みなとみらい2-2-1', '220-8120', 'みなとタワー20階'),
  sapporo: jp('北海道', '札幌市中央区', '北5条西2-5', '060-0005'),
  roppongi: jp('東京都', '港区', '六本木6-10-1', '106-6108', '六本木ヒルズ森タワー8階'),
  shinjuku: jp('東京都', '新宿区', '西新宿2-8-1', '163-8001'),
  kobe: jp('兵庫県', '神戸市中央区', '三宮町1-1-1', '650-0021'),
  kawasaki: jp('神奈川県', '川崎市川崎区', '駅前本町11-2', '210-0007', '川崎フロンティアビル6階'),
  yurakucho: jp('東京都', '千代田区', '有楽町1-1-2', '100-0006', '日比谷三井タワー12階'),
  nanko: jp('大阪府', '大阪市住之江区', '南港北1-14-16', '559-0034'),
  shinonome: { ...jp('東京都', '江東区', '東雲2-7-5', '135-0062'), attention: '物流センター' },
} satisfies Record<string, AddressSpec>;
