export * from './amounts';
export * from './application-rules';
export * from './corporate-number';
export * from './electronic-eligibility';
export * from './format';
export * from './full-width';
export * from './text-rules';
