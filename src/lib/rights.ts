/**
 * Under what terms each source text is shown, and the licences of what Duidu publishes. Official
 * documents of state organs are outside copyright (Copyright Law of the PRC, Article 5: laws,
 * regulations, resolutions, decisions, orders and other documents of a legislative, administrative
 * or judicial nature); a bylined news report is not, so its text is shown only with attribution,
 * for research and comment, and is not under Duidu's data licence.
 */
import type { DocumentType } from '../schemas/document.ts';

export interface Rights {
  /** `official-document`: not protected by copyright; `copyrighted`: its authors' and publisher's. */
  status: 'official-document' | 'copyrighted';
  /** The rights note in Chinese, as the plan page shows it. */
  note: string;
  noteEn: string;
}

export function rightsOf(type: DocumentType): Rights {
  if (type === 'news-report')
    return {
      status: 'copyrighted',
      note: '署名新闻报道，著作权属于作者和刊载媒体，不在本站数据许可之内。本站为研究和评论展示全文并注明作者；权利人要求撤下的，本站即撤下。',
      noteEn:
        "A bylined news report: its copyright belongs to its authors and publisher, and it is not covered by Duidu's data licence. Duidu shows the text with its authors named, for research and comment, and takes it down at the rights holder's request.",
    };
  return {
    status: 'official-document',
    note: '国家机关的公文，依《中华人民共和国著作权法》第五条不适用该法保护，可自由使用。',
    noteEn: 'An official document of a state organ: under Article 5 of the Copyright Law of the PRC it is not protected by copyright, and may be used freely.',
  };
}

/** The licence of Duidu's code (LICENSE). */
export const CODE_LICENSE = { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' } as const;

/**
 * The licence of what Duidu adds to the texts (LICENSE-DATA.md): clause structure and ids, themes
 * and their links, targets and checks, alignments, translations and notes.
 */
export const DATA_LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' } as const;
