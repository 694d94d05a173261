import { expect, it } from 'vitest';
import { bylineNames } from './byline-names.ts';

it.each([
  ['Mira Kallas', ['Mira Kallas']],
  ['Dana Whitcombe, Luis Ortega', ['Dana Whitcombe', 'Luis Ortega']],
  ['A. Lee and B. Kim', ['A. Lee', 'B. Kim']],
  ['Ann Lee & Bo Kim; Cy Ode', ['Ann Lee', 'Bo Kim', 'Cy Ode']],
  ['John Smith, Jr., and Jane Doe', ['John Smith, Jr.', 'Jane Doe']],
  ['Alexandra Anderson', ['Alexandra Anderson']],
])('reads %j as %j', (byline, names) => {
  expect(bylineNames(byline)).toEqual(names);
});
