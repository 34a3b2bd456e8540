/**
 * The link table at work: each indicator with the documents, regions and levels that state it,
 * so Yuzhong's 60 friendly schools, Guangzhou's 377 → 430 pairs and Yuzhong's reported 126 sit
 * side by side. Pure.
 */
import type { AdminLevel } from '../schemas/regions.ts';
import type { Indicator, TargetRecord } from '../schemas/target.ts';

export interface DocumentInfo {
  id: string;
  region: string;
  level: AdminLevel;
  shortTitle: string;
}

export interface LinkedDocument {
  document: DocumentInfo;
  records: TargetRecord[];
}

export interface IndicatorLink {
  indicator: Indicator;
  /** Documents that state the indicator, in the order of `docs`. */
  documents: LinkedDocument[];
}

/** Indicators with at least one record, in link-table order. */
export function linkIndicators(records: readonly TargetRecord[], indicators: readonly Indicator[], docs: readonly DocumentInfo[]): IndicatorLink[] {
  return indicators
    .map((indicator) => ({
      indicator,
      documents: docs
        .map((document) => ({ document, records: records.filter((r) => r.indicator === indicator.id && r.document === document.id) }))
        .filter((d) => d.records.length > 0),
    }))
    .filter((l) => l.documents.length > 0);
}

/** Links that compare: stated by more than one document. */
export function crossDocumentLinks(links: readonly IndicatorLink[]): IndicatorLink[] {
  return links.filter((l) => l.documents.length > 1);
}
