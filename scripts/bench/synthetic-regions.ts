/**
 * Made-up regions for a synthetic corpus: two-character names (the same length as 广州, 重庆,
 * 渝中, so swapping names keeps hard-wrapped line lengths), each under a parent of the right level.
 */
import type { AdminLevel, Region } from '../../src/schemas/regions.ts';
import type { Random } from './random.ts';

// Syllables with distinct pinyin, so ids built from them rarely collide (a collision gets a number).
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['临', 'lin'], ['江', 'jiang'], ['安', 'an'], ['平', 'ping'], ['东', 'dong'], ['西', 'xi'], ['南', 'nan'],
  ['北', 'bei'], ['山', 'shan'], ['河', 'he'], ['云', 'yun'], ['青', 'qing'], ['宁', 'ning'], ['华', 'hua'],
  ['阳', 'yang'], ['泉', 'quan'], ['丰', 'feng'], ['新', 'xin'], ['昌', 'chang'], ['桥', 'qiao'], ['石', 'shi'],
  ['松', 'song'], ['湖', 'hu'], ['兴', 'xing'], ['德', 'de'], ['嘉', 'jia'],
];
// Provinces and capitals these syllables can spell: a synthetic plan must not pass for a real one.
const REAL = new Set(['河南', '河北', '山东', '山西', '江西', '湖南', '湖北', '云南', '青海', '南昌', '南宁', '西宁', '西安', '华山', '江安']);

const SUFFIX: Record<AdminLevel, string> = { province: '省', municipality: '市', city: '市', district: '区' };
const SUFFIX_EN: Record<AdminLevel, string> = { province: ' Province', municipality: '', city: '', district: ' District' };
/** What a region of each level sits under; districts sit in a municipality (渝中) or a city. */
const PARENT: Record<AdminLevel, readonly AdminLevel[]> = { province: [], municipality: [], city: ['province'], district: ['municipality', 'city'] };

/** A region's name without its level suffix, as the texts mostly write it: 广州市 → 广州. */
export function shortName(region: Region): string {
  return region.name.replace(/[省市区]$/, '');
}

export interface RegionPool {
  /** A synthetic region of this level: an existing one (a region has several plans) or a new one. */
  get(level: AdminLevel): Region;
  /** The synthetic regions made so far, parents before children. */
  made(): Region[];
}

/** At most this many synthetic documents share a region. */
const PLANS_PER_REGION = 3;

export function regionPool(random: Random, existing: readonly Region[]): RegionPool {
  const made: Region[] = [];
  const uses = new Map<string, number>();
  const names = new Set(existing.map((r) => shortName(r)));
  const ids = new Set(existing.map((r) => r.id));

  const create = (level: AdminLevel): Region => {
    const parentLevels = PARENT[level];
    const parent = parentLevels.length ? get(random.pick(parentLevels), false) : undefined;
    if (names.size >= SYLLABLES.length * (SYLLABLES.length - 1) - REAL.size) throw new Error('synthetic regions: out of names');
    let a: readonly [string, string];
    let b: readonly [string, string];
    do {
      a = random.pick(SYLLABLES);
      b = random.pick(SYLLABLES);
    } while (a[0] === b[0] || names.has(a[0] + b[0]) || REAL.has(a[0] + b[0]));
    const short = a[0] + b[0];
    const pinyin = a[1] + b[1];
    let id = pinyin;
    for (let k = 2; ids.has(id); k++) id = `${pinyin}${k}`;
    names.add(short);
    ids.add(id);
    const region: Region = {
      id,
      name: short + SUFFIX[level],
      nameEn: pinyin[0]!.toUpperCase() + pinyin.slice(1) + SUFFIX_EN[level],
      level,
      parent: parent?.id ?? null,
    };
    made.push(region);
    return region;
  };

  /** `counts`: whether a document will be filed under it (parents are not counted). */
  function get(level: AdminLevel, counts = true): Region {
    const open = made.filter((r) => r.level === level && (uses.get(r.id) ?? 0) < PLANS_PER_REGION);
    const region = open.length && random.next() < 0.6 ? random.pick(open) : create(level);
    if (counts) uses.set(region.id, (uses.get(region.id) ?? 0) + 1);
    return region;
  }

  return { get, made: () => [...made] };
}
