/**
 * The sdk's EPP tree readers ({@link eppTree}): every element of a response renamed to the usual
 * prefix of its namespace before the plugin looks at it, whatever prefixes the server chose.
 */
import { eppTree } from '@registrar-kit/sdk';

export type Tree = eppTree.Tree;
export const { child, children, text, attr } = eppTree;
export const canonical = eppTree.canonicalize;
