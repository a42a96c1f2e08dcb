export { qualify, compiled } from './qualify';
export { compilePersona, type CompiledPersona } from './compile';
export { bandOf } from './band';
export { ownExcerpt } from './excerpt';
