import { TextField } from '../shared/text-field';
import { withOptional } from '../shared/use-entity';

interface Scoped {
  subscriptionId?: string;
  resourceGroup?: string;
}

/** Optional subscription and resource group of a NAT gateway, NSG or route table. */
export function ScopeFields<T extends Scoped>({
  entity,
  edit,
}: {
  entity: T;
  edit(patch: (e: T) => T, typingField?: string): void;
}) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <TextField
        label="Subscription ID"
        mono
        value={entity.subscriptionId ?? ''}
        placeholder="VNet's"
        onChange={(v) => edit((e) => withOptional(e, 'subscriptionId', v), 'subscriptionId')}
      />
      <TextField
        label="Resource group"
        mono
        value={entity.resourceGroup ?? ''}
        placeholder="VNet's"
        onChange={(v) => edit((e) => withOptional(e, 'resourceGroup', v), 'resourceGroup')}
      />
    </div>
  );
}
