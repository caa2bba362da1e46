import { z } from 'zod';
import { DesignSchema } from './schema';

/** The JSON Schema (draft 2020-12) of the design format, generated from the runtime schema. */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return {
    ...schema,
    $id: 'https://vnet-studio.invalid/schemas/design-v1.json',
    title: 'VNet Studio design',
    description: 'A Power Platform Virtual Network design (format vnet-studio/design, version 1).',
  };
}
