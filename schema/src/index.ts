export * from './corporate-number';
export * from './format';
