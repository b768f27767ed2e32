import { MAX_PER_PAGE } from '../../../api/limits';

/** The most customers one merge takes (a select-all beyond it is refused before the dialog): the dialog lists them in one page. */
export const MAX_MERGE = MAX_PER_PAGE;
