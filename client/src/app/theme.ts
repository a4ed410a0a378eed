import tokens from '@digital-go-jp/design-tokens';
import { Anchor, Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

type Scale = Record<string, { $value?: unknown }>;

/** Picks ten steps of a Digital Agency colour scale, lightest first, as Mantine wants them. */
function tuple(scale: Scale, steps: readonly string[]): MantineColorsTuple {
  if (steps.length !== 10) throw new Error('a Mantine colour needs exactly 10 shades');
  return steps.map((step) => String(scale[step].$value)) as unknown as MantineColorsTuple;
}

// Index 8 is the shade Mantine fills with (primaryShade below) and index 9 its hover: the
// Digital Agency's primary button is blue-900 with a blue-1000 hover.
const hueSteps = ['50', '100', '200', '400', '500', '600', '700', '800', '900', '1000'] as const;
// gray[6] is Mantine's "dimmed" text: solid-gray-600 keeps it above 4.5:1 even on gray[0].
const graySteps = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900'] as const;

const { Primitive, Neutral } = tokens.Color;
const size = (step: keyof typeof tokens.FontSize) => String(tokens.FontSize[step].$value);
const lineHeight = (step: keyof typeof tokens.LineHeight) => String(tokens.LineHeight[step].$value);
const radius = (step: keyof typeof tokens.BorderRadius) => String(tokens.BorderRadius[step].$value);
const elevation = (step: keyof typeof tokens.Elevation) => String(tokens.Elevation[step].$value);

// The web font (@fontsource-variable) names itself 'Noto Sans JP Variable'; an installed Noto Sans JP
// is the next choice, as the tokens say.
export const fontFamily = `'Noto Sans JP Variable', ${String(tokens.FontFamily.Sans.$value)}`;

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  colors: {
    blue: tuple(Primitive.Blue, hueSteps),
    red: tuple(Primitive.Red, hueSteps),
    green: tuple(Primitive.Green, hueSteps),
    yellow: tuple(Primitive.Yellow, hueSteps),
    orange: tuple(Primitive.Orange, hueSteps),
    gray: tuple(Neutral.SolidGray, graySteps),
  },
  white: String(Neutral.White.$value),
  black: String(Neutral.SolidGray['800'].$value),
  fontFamily,
  fontFamilyMonospace: String(tokens.FontFamily.Mono.$value),
  // Body text is 16px at minimum; 14px only for fine print.
  fontSizes: { xs: size('14'), sm: size('16'), md: size('16'), lg: size('18'), xl: size('20') },
  lineHeights: {
    xs: lineHeight('150'),
    sm: lineHeight('160'),
    md: lineHeight('170'),
    lg: lineHeight('170'),
    xl: lineHeight('175'),
  },
  headings: {
    fontFamily,
    fontWeight: String(tokens.FontWeight['700'].$value),
    sizes: {
      h1: { fontSize: size('32'), lineHeight: lineHeight('140') },
      h2: { fontSize: size('24'), lineHeight: lineHeight('140') },
      h3: { fontSize: size('20'), lineHeight: lineHeight('150') },
      h4: { fontSize: size('18'), lineHeight: lineHeight('160') },
      h5: { fontSize: size('16'), lineHeight: lineHeight('170') },
      h6: { fontSize: size('16'), lineHeight: lineHeight('170') },
    },
  },
  radius: { xs: radius('4'), sm: radius('6'), md: radius('8'), lg: radius('12'), xl: radius('16') },
  defaultRadius: 'sm',
  // The tokens package has no spacing scale; the Digital Agency's layouts use an 8px grid.
  spacing: { xs: '0.5rem', sm: '1rem', md: '1.5rem', lg: '2rem', xl: '3rem' },
  shadows: { xs: elevation('1'), sm: elevation('1'), md: elevation('2'), lg: elevation('4'), xl: elevation('6') },
  focusRing: 'auto',
  focusClassName: 'esurety-focus',
  cursorType: 'pointer',
  components: {
    // Links are underlined, as on the Digital Agency's sites: colour alone does not mark them.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A status is read whole: Mantine's badge would cut it to 「Issu…」 in a tight table column.
    Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }),
  },
});
