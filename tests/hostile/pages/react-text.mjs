// The React page's copy, shared by the app (bundled for the page) and the suite's checks.
export const NOTE = 'Made with exosomes from Human Adipose Stromal Cell Conditioned Media.';
export const NEW_NOTE = 'Now made with exosomes and Niacinamide, for every skin type.';
