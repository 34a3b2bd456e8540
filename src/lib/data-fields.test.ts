import { describe, expect, it } from 'vitest';
import { ExportedClause, ExportedCommitment, ExportedCountry, ExportedDatedCommitment, ExportedDocument, ExportedTheme } from '../schemas/data-export.ts';
import { Indicator, TargetRecord } from '../schemas/target.ts';
import { clauseFields, commitmentFields, countryFields, dataFiles, datedCommitmentFields, documentFields, indicatorFields, planClausesFields, targetFields, themeFields, type FieldDoc } from './data-fields.ts';

const names = (fields: FieldDoc[]) => fields.map((f) => f.field);

describe('the /data/ page documents every field of every file', () => {
  it.each([
    ['targets', targetFields, TargetRecord.shape],
    ['indicators', indicatorFields, Indicator.shape],
    ['clauses', clauseFields, ExportedClause.shape],
    ['themes', themeFields, ExportedTheme.shape],
    ['documents', documentFields, ExportedDocument.shape],
    ['countries', countryFields, ExportedCountry.shape],
    ['commitments', commitmentFields, ExportedCommitment.shape],
    ['dated commitments', datedCommitmentFields, ExportedDatedCommitment.shape],
  ] as const)('%s', (_, fields, shape) => {
    expect(names([...fields])).toEqual(Object.keys(shape));
  });

  it('lists each file once, with a meaning for every field', () => {
    expect(new Set(dataFiles.map((d) => d.path)).size).toBe(dataFiles.length);
    for (const d of dataFiles) for (const f of d.fields) expect(f.meaning.length, `${d.path} ${f.field}`).toBeGreaterThan(1);
    // The English edition explains each field in English.
    for (const d of dataFiles) for (const f of [...d.fields, ...planClausesFields]) expect(f.meaningEn, `${d.path} ${f.field}`).toMatch(/^[^\p{Script=Han}]*[A-Za-z]{2}/u);
  });
});
