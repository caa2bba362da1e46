import { dns001 } from './dns/dns001';
import { env001 } from './env/env001';
import { env002 } from './env/env002';
import { env003 } from './env/env003';
import { env004 } from './env/env004';
import { env005 } from './env/env005';
import { env006 } from './env/env006';
import { env007 } from './env/env007';
import { nat001 } from './nat/nat001';
import { nat002 } from './nat/nat002';
import { nat003 } from './nat/nat003';
import { nat004 } from './nat/nat004';
import { nat005 } from './nat/nat005';
import { net001 } from './net/net001';
import { net002 } from './net/net002';
import { net003 } from './net/net003';
import { net004 } from './net/net004';
import { net005 } from './net/net005';
import { net006 } from './net/net006';
import { net007 } from './net/net007';
import { net008 } from './net/net008';
import { net009 } from './net/net009';
import { net010 } from './net/net010';
import { net011 } from './net/net011';
import { net012 } from './net/net012';
import { net013 } from './net/net013';
import { nsg001 } from './nsg/nsg001';
import { nsg002 } from './nsg/nsg002';
import { peer001 } from './peer/peer001';
import { peer002 } from './peer/peer002';
import { peer003 } from './peer/peer003';
import { peer004 } from './peer/peer004';
import { peer005 } from './peer/peer005';
import { peer006 } from './peer/peer006';
import { pol001 } from './pol/pol001';
import { pol002 } from './pol/pol002';
import { pol003 } from './pol/pol003';
import { pol004 } from './pol/pol004';
import { pol005 } from './pol/pol005';
import { pol006 } from './pol/pol006';
import { pol007 } from './pol/pol007';
import { pol008 } from './pol/pol008';
import { pol009 } from './pol/pol009';
import { pol010 } from './pol/pol010';
import { reach001 } from './reach/reach001';
import { reach002 } from './reach/reach002';
import { reach003 } from './reach/reach003';
import { reach004 } from './reach/reach004';
import { sub001 } from './sub/sub001';
import { sub002 } from './sub/sub002';
import { sub003 } from './sub/sub003';
import { sub004 } from './sub/sub004';
import { sub005 } from './sub/sub005';
import { sub006 } from './sub/sub006';
import { sub007 } from './sub/sub007';
import { sub008 } from './sub/sub008';
import type { Rule } from './types';

/** Every rule of the catalogue (`rules.md`), in catalogue order. */
export const allRules: readonly Rule[] = [
  env001,
  env002,
  env003,
  env004,
  env005,
  env006,
  env007,
  pol001,
  pol002,
  pol003,
  pol004,
  pol005,
  pol006,
  pol007,
  pol008,
  pol009,
  pol010,
  sub001,
  sub002,
  sub003,
  sub004,
  sub005,
  sub006,
  sub007,
  sub008,
  net001,
  net002,
  net003,
  net004,
  net005,
  net006,
  net007,
  net008,
  net009,
  net010,
  net011,
  net012,
  net013,
  peer001,
  peer002,
  peer003,
  peer004,
  peer005,
  peer006,
  reach001,
  reach002,
  reach003,
  reach004,
  nat001,
  nat002,
  nat003,
  nat004,
  nat005,
  nsg001,
  nsg002,
  dns001,
];
