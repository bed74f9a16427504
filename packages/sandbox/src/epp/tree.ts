/** The sdk's EPP tree readers ({@link eppTree}), under the names the simulator uses. */
import { eppTree } from '@registrar-kit/sdk';

export type Tree = eppTree.Tree;
export const { canonicalize, child, children, text, attr, has, elementNames } = eppTree;
