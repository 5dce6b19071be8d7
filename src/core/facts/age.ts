/** Oldest age a bracket after a person's name is read as (`अनीश शर्मा (35)`): shared by names and numbers. */
export const MAX_AGE = 110;
