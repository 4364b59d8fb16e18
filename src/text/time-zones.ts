/** Abbreviations of time zones as news writes them after a clock time: "17:00 GMT", "7:49 a.m. UTC", "3 p.m. EDT". */
export const TIME_ZONE = /\b(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|MSK|IST|JST)\b/;
