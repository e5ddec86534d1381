using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

internal sealed partial class DemoTenantState
{
    /// <summary>The checks and tables for what the administration ports read and write.</summary>
    private sealed partial class Builder
    {
        private static readonly RecipientKind[] UnlistedKinds =
            [RecipientKind.DynamicDistributionGroup, RecipientKind.PublicFolder, RecipientKind.SoftDeletedMailbox, RecipientKind.DeletedObject];

        private void AddMailboxDetails(UserRecord user, MailboxRecord mailbox)
        {
            foreach (var x500 in mailbox.X500Addresses)
            {
                if (X500Address.Problem(x500) is { } problem)
                {
                    _problems.Add($"X500 address '{x500}' of {user.DisplayName}: {problem}");
                }
                else if (_x500Holders.TryGetValue(x500, out var holderId))
                {
                    _problems.Add($"X500 address '{x500}' is held by both '{holderId}' and {user.DisplayName}; an address belongs to one recipient.");
                }
                else
                {
                    _x500Holders.Add(x500, user.Id);
                }
            }

            var delegates = new Dictionary<string, MailboxAccess>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in mailbox.Delegates)
            {
                if (entry.Access == MailboxAccess.None)
                {
                    _problems.Add($"delegate '{entry.UserId}' on the mailbox of {user.DisplayName} has no access rights; remove the entry instead.");
                }
                else if (!delegates.TryAdd(entry.UserId, entry.Access))
                {
                    _problems.Add($"delegate '{entry.UserId}' is listed twice on the mailbox of {user.DisplayName}.");
                }
            }

            if (mailbox.RedirectRuleTo is { } redirect)
            {
                Parse(redirect, user.DisplayName);
            }

            if (mailbox.TotalItemSizeBytes < 0)
            {
                _problems.Add($"totalItemSizeBytes of the mailbox of {user.DisplayName} is negative.");
            }

            _mailboxes.TryAdd(user.Id, new MailboxDetails
            {
                UserId = user.Id,
                Type = mailbox.Type,
                HiddenFromAddressLists = mailbox.HiddenFromAddressLists,
                LegacyExchangeDn = user.LegacyExchangeDn,
                X500Addresses = mailbox.X500Addresses,
                Forwarding = Forwarding(user, mailbox),
                TotalItemSizeBytes = mailbox.TotalItemSizeBytes,
                OnHold = mailbox.OnHold,
                Delegates = delegates,
            });
        }

        private MailForwarding? Forwarding(UserRecord user, MailboxRecord mailbox)
        {
            if (mailbox.ForwardingAddress is { } recipientId)
            {
                if (mailbox.ForwardingSmtpAddress is not null)
                {
                    _problems.Add($"the mailbox of {user.DisplayName} has both forwardingAddress and forwardingSmtpAddress; keep one.");
                }

                return string.IsNullOrWhiteSpace(recipientId) ? null : MailForwarding.ToRecipient(recipientId, mailbox.DeliverToMailboxAndForward);
            }

            if (mailbox.ForwardingSmtpAddress is { } smtp && Parse(smtp, user.DisplayName) is { } address)
            {
                return MailForwarding.ToSmtpAddress(address, mailbox.DeliverToMailboxAndForward);
            }

            return null;
        }

        private void AddUnlisted(UnlistedRecipientRecord record)
        {
            ClaimId(record.Id, record.DisplayName);
            if (!UnlistedKinds.Contains(record.Kind))
            {
                _problems.Add($"unlisted recipient {record.DisplayName} has kind {record.Kind}; it must be one of {string.Join(", ", UnlistedKinds)}.");
                return;
            }

            AddRecipient(record.Id, record.Kind, record.DisplayName, record.PrimaryAddress, record.SecondaryAddresses,
                hidden: false, onPremisesSyncEnabled: false, externalAddress: null, listed: false);
        }

        private void CheckMailboxReferences()
        {
            foreach (var mailbox in _mailboxes.Values)
            {
                var owner = _userRecords[mailbox.UserId].DisplayName;
                if (mailbox.Forwarding?.RecipientId is { } target && !_recipients.ContainsKey(target))
                {
                    _problems.Add($"forwardingAddress '{target}' of the mailbox of {owner} is not a recipient of the tenant.");
                }

                foreach (var delegateId in mailbox.Delegates.Keys.Where(id => !_users.ContainsKey(id)))
                {
                    _problems.Add($"delegate '{delegateId}' on the mailbox of {owner} is not a user of the tenant.");
                }
            }
        }

        private void CheckLicenses()
        {
            foreach (var user in _userRecords.Values)
            {
                var seen = new HashSet<(Guid, string?)>();
                foreach (var license in user.Licenses)
                {
                    var groupId = license.AssignedByGroupId;
                    if (!seen.Add((license.SkuId, groupId?.ToUpperInvariant())))
                    {
                        _problems.Add($"licence {license.SkuPartNumber} is listed twice on {user.DisplayName} from the same source.");
                    }

                    if (groupId is null)
                    {
                        continue;
                    }

                    if (!_groups.TryGetValue(groupId, out var group))
                    {
                        _problems.Add($"licence {license.SkuPartNumber} of {user.DisplayName} is assigned by group '{groupId}', which is not a group of the tenant.");
                    }
                    else if (!group.MemberIds.Contains(user.Id, StringComparer.OrdinalIgnoreCase))
                    {
                        _problems.Add($"licence {license.SkuPartNumber} of {user.DisplayName} is assigned by group {group.DisplayName}, but they are not a member.");
                    }
                }
            }
        }

        private Dictionary<Guid, SubscribedSkuRecord> BuildSubscribedSkus()
        {
            var skus = new Dictionary<Guid, SubscribedSkuRecord>();
            foreach (var sku in document.SubscribedSkus)
            {
                if (!skus.TryAdd(sku.SkuId, sku))
                {
                    _problems.Add($"subscribed SKU {sku.SkuId} ({sku.SkuPartNumber}) is listed twice.");
                }
            }

            return skus;
        }
    }
}
