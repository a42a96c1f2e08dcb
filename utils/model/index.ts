export * from './evidence';
export * from './organisation';
export * from './persona';
export * from './prospect';
export * from './qualification';
export * from './captured-page';
export * from './social-profile';
export * from './registry-facts';
