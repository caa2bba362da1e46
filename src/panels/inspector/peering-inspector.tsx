import { createPeeringLink } from '../../domain/model/factories';
import type { Peering, PeeringLink } from '../../domain/model/schema';
import { useStudio } from '../../store/use-studio';
import { CheckboxField } from '../shared/checkbox-field';
import { buttonClass, hintClass, linkButtonClass, wrappingButtonClass } from '../shared/form-styles';
import { Section } from '../shared/section';
import { TextField } from '../shared/text-field';
import { useEntity, useEntityEdit, useFocus } from '../shared/use-entity';

type Direction = 'aToB' | 'bToA';

const flags: ReadonlyArray<{ key: keyof Omit<PeeringLink, 'name'>; label: string; hint: string }> = [
  {
    key: 'allowVirtualNetworkAccess',
    label: 'Allow virtual network access',
    hint: 'Without it the peered VNets cannot reach each other.',
  },
  {
    key: 'allowForwardedTraffic',
    label: 'Allow forwarded traffic',
    hint: 'Traffic forwarded by an appliance or gateway.',
  },
  {
    key: 'allowGatewayTransit',
    label: 'Allow gateway transit',
    hint: 'Lets the other VNet use this VNet’s gateway.',
  },
  {
    key: 'useRemoteGateways',
    label: 'Use remote gateways',
    hint: 'Uses the other VNet’s gateway (it must allow transit).',
  },
];

/** Fields of a VNet peering: each direction's flags, and creating or removing a direction. */
export function PeeringInspector({ id }: { id: string }) {
  const peering = useEntity('peerings', id);
  const edit = useEntityEdit('peerings', id);
  const focus = useFocus();
  const vnets = useStudio((s) => s.design.vnets);
  if (!peering) return null;
  const nameOf = (vnetId: string) => vnets.find((v) => v.id === vnetId)?.name || `${vnetId} (missing)`;
  const a = nameOf(peering.vnetAId);
  const b = nameOf(peering.vnetBId);
  const direction = (key: Direction, from: string, to: string) => {
    const link = peering[key];
    const other = key === 'aToB' ? peering.bToA : peering.aToB;
    const title = `${from} → ${to}`;
    if (!link) {
      return (
        <Section title={title} keepCase>
          <p className={hintClass}>
            This direction does not exist: traffic from {to} cannot reach {from}.
          </p>
          <button
            type="button"
            className={wrappingButtonClass}
            onClick={() => edit((p) => ({ ...p, [key]: createPeeringLink() }) as Peering)}
          >
            Create the missing direction ({title})
          </button>
        </Section>
      );
    }
    const set = (patch: Partial<PeeringLink>, typing?: string) =>
      edit((p) => ({ ...p, [key]: { ...(p[key] ?? createPeeringLink()), ...patch } }) as Peering, typing);
    return (
      <Section
        title={title}
        keepCase
        actions={
          other ? (
            <button
              type="button"
              className={buttonClass}
              aria-label={`Remove direction ${title}`}
              onClick={() => edit((p) => ({ ...p, [key]: null }) as Peering)}
            >
              Remove
            </button>
          ) : null
        }
      >
        <TextField
          label="Peering name"
          accessibleName={`Peering name (${title})`}
          value={link.name ?? ''}
          placeholder={`${from}-to-${to}`}
          hint="Derived from the VNet names when empty."
          onChange={(name) =>
            edit((p) => {
              const { name: _old, ...rest } = p[key] ?? createPeeringLink();
              return { ...p, [key]: name === '' ? rest : { ...rest, name } } as Peering;
            }, `${key}.name`)
          }
        />
        {flags.map((f) => (
          <CheckboxField
            key={f.key}
            label={f.label}
            accessibleName={`${f.label} (${title})`}
            checked={link[f.key]}
            hint={f.hint}
            onChange={(v) => set({ [f.key]: v })}
          />
        ))}
      </Section>
    );
  };
  return (
    <div className="space-y-3">
      <p className="text-sm">
        <button type="button" className={linkButtonClass} onClick={() => focus([peering.vnetAId])}>
          {a}
        </button>
        <span aria-hidden="true"> ⇄ </span>
        <span className="sr-only"> peered with </span>
        <button type="button" className={linkButtonClass} onClick={() => focus([peering.vnetBId])}>
          {b}
        </button>
      </p>
      {direction('aToB', a, b)}
      {direction('bToA', b, a)}
    </div>
  );
}
