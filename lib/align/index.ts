export { alignParagraphs, beads, defaultPriors, type AlignOptions, type AlignedUnit, type Alignment, type Bead } from './align';
export { draftArticle, isDoubtful, metaKeys, type Draft, type DraftOptions, type DraftUnit, type MetaKey } from './draft';
export { InputError, readInput, type InputText } from './input';
export { extractNumbers, parseChineseNumeral, type NumberLanguage } from './numbers';
export { splitParagraphs, type Paragraph } from './paragraphs';
export { detectScript, plainText, type Script } from './text';
