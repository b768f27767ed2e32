/** The most customers one merge takes (a select-all beyond it is refused before the dialog). */
export const MAX_MERGE = 200;
