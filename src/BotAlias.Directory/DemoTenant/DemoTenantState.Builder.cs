using BotAlias.Core.Addresses;
using BotAlias.Core.Administration;
using BotAlias.Core.Directory;
using BotAlias.Directory.DemoTenant.Persisted;

namespace BotAlias.Directory.DemoTenant;

internal sealed partial class DemoTenantState
{
    private sealed partial class Builder(DemoTenantDocument document)
    {
        private readonly List<string> _problems = [];
        private readonly HashSet<string> _objectIds = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<EmailAddress, AddressHolder> _index = [];
        private readonly Dictionary<string, Recipient> _recipients = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DirectoryUser> _users = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DirectoryUser> _usersByPrincipalName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, UserRecord> _userRecords = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _legacyExchangeDns = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, MailboxDetails> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _x500Holders = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DemoTenantGroup> _groups = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, DemoTenantGroup> _groupsByName = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _acceptedDomains = new(StringComparer.OrdinalIgnoreCase);

        public IReadOnlyList<string> Problems => _problems;

        public DemoTenantState State { get; } = new(document);

        public void Run()
        {
            if (string.IsNullOrWhiteSpace(document.TenantId))
            {
                _problems.Add("tenantId is empty.");
            }

            State.Domains = BuildDomains();
            foreach (var user in document.Users)
            {
                AddUser(user);
            }

            foreach (var mailbox in document.SharedMailboxes)
            {
                ClaimId(mailbox.Id, mailbox.DisplayName);
                AddRecipient(mailbox.Id, RecipientKind.SharedMailbox, mailbox.DisplayName, mailbox.PrimaryAddress,
                    mailbox.SecondaryAddresses, mailbox.HiddenFromAddressLists, onPremisesSyncEnabled: false, externalAddress: null);
            }

            foreach (var group in document.Groups)
            {
                AddGroup(group);
            }

            foreach (var contact in document.MailContacts)
            {
                ClaimId(contact.Id, contact.DisplayName);
                var external = Parse(contact.ExternalAddress, contact.DisplayName);
                AddRecipient(contact.Id, RecipientKind.MailContact, contact.DisplayName, contact.PrimaryAddress,
                    contact.SecondaryAddresses, contact.HiddenFromAddressLists, onPremisesSyncEnabled: false, external);
            }

            foreach (var unlisted in document.UnlistedRecipients)
            {
                AddUnlisted(unlisted);
            }

            CheckReferences();
            CheckMailboxReferences();
            CheckLicenses();

            State.UsersById = _users;
            State.UsersByPrincipalName = _usersByPrincipalName;
            State.UserRecordsById = _userRecords;
            State.LegacyExchangeDnByUserId = _legacyExchangeDns;
            State.RecipientsById = _recipients;
            State.MailboxesByUserId = _mailboxes;
            State.X500Holders = _x500Holders;
            State.GroupsById = _groups;
            State.GroupsByDisplayName = _groupsByName;
            State.AddressIndex = _index;
            State.AddressesByPrefix = new AddressPrefixIndex(_index.Values);
            State.SubscribedSkusById = BuildSubscribedSkus();
        }

        private List<TenantDomain> BuildDomains()
        {
            var domains = new List<TenantDomain>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var domain in document.Domains)
            {
                if (!names.Add(domain.Name))
                {
                    _problems.Add($"domain '{domain.Name}' is listed twice.");
                    continue;
                }

                var supportsEmail = domain.SupportedServices.Contains("Email", StringComparer.OrdinalIgnoreCase);
                domains.Add(new TenantDomain(domain.Name.ToLowerInvariant(), domain.IsVerified, domain.IsDefault, domain.IsInitial, supportsEmail));
                if (domain.IsVerified && supportsEmail)
                {
                    _acceptedDomains.Add(domain.Name);
                }
            }

            if (domains.Count(d => d.IsDefault) != 1)
            {
                _problems.Add("exactly one domain must be the default (isDefault).");
            }

            return domains;
        }

        private void AddUser(UserRecord record)
        {
            ClaimId(record.Id, record.DisplayName);
            if (!EmailAddress.TryParse(record.UserPrincipalName, out _))
            {
                _problems.Add($"userPrincipalName '{record.UserPrincipalName}' of {record.DisplayName} is not of the form name@domain.");
            }

            Recipient? mailbox = null;
            if (record.Mailbox is { } m)
            {
                mailbox = AddRecipient(record.Id, RecipientKind.User, record.DisplayName, m.PrimaryAddress,
                    m.SecondaryAddresses, m.HiddenFromAddressLists, record.OnPremisesSyncEnabled, externalAddress: null);
                AddMailboxDetails(record, m);
            }

            var user = new DirectoryUser
            {
                Id = record.Id,
                UserPrincipalName = record.UserPrincipalName,
                DisplayName = record.DisplayName,
                JobTitle = record.JobTitle,
                ManagerId = record.ManagerId,
                AccountEnabled = record.AccountEnabled ?? true,
                OnPremisesSyncEnabled = record.OnPremisesSyncEnabled,
                DirectoryRoles = record.DirectoryRoles ?? [],
                Mailbox = mailbox,
            };
            _users.TryAdd(record.Id, user);
            _userRecords.TryAdd(record.Id, record);
            if (!_usersByPrincipalName.TryAdd(record.UserPrincipalName, user))
            {
                _problems.Add($"userPrincipalName '{record.UserPrincipalName}' is used by more than one user.");
            }

            if (record.LegacyExchangeDn is { } legacyExchangeDn)
            {
                _legacyExchangeDns.TryAdd(record.Id, legacyExchangeDn);
            }
        }

        private void AddGroup(GroupRecord record)
        {
            ClaimId(record.Id, record.DisplayName);
            Recipient? mail = null;
            if (record.PrimaryAddress is { } primary)
            {
                mail = AddRecipient(record.Id, RecipientKind.Group, record.DisplayName, primary,
                    record.SecondaryAddresses, record.HiddenFromAddressLists, onPremisesSyncEnabled: false, externalAddress: null);
            }
            else if (record.SecondaryAddresses.Count > 0)
            {
                _problems.Add($"group {record.DisplayName} has secondary addresses but no primaryAddress.");
            }

            var group = new DemoTenantGroup(record.Id, record.DisplayName, mail, record.MemberIds) { MemberGroupIds = record.MemberGroupIds ?? [] };
            _groups.TryAdd(record.Id, group);
            if (!_groupsByName.TryAdd(record.DisplayName, group))
            {
                _problems.Add($"group name '{record.DisplayName}' is used twice; groups are found by name, so names must be unique.");
            }
        }

        /// <param name="listed">False for holders the ports cannot change: indexed, but not in <see cref="RecipientsById"/>.</param>
        private Recipient? AddRecipient(
            string id,
            RecipientKind kind,
            string displayName,
            string primaryText,
            IReadOnlyList<string> secondaryTexts,
            bool hidden,
            bool onPremisesSyncEnabled,
            EmailAddress? externalAddress,
            bool listed = true)
        {
            var primary = Parse(primaryText, displayName);
            var secondaries = secondaryTexts.Select(s => Parse(s, displayName)).OfType<EmailAddress>().ToList();
            if (primary is null)
            {
                return null;
            }

            var recipient = new Recipient
            {
                Id = id,
                Kind = kind,
                DisplayName = displayName,
                PrimaryAddress = primary,
                SecondaryAddresses = secondaries,
                ExternalAddress = externalAddress,
                HiddenFromAddressLists = hidden,
                OnPremisesSyncEnabled = onPremisesSyncEnabled,
            };
            if (listed)
            {
                _recipients.TryAdd(id, recipient);
            }

            Index(recipient, primary, isPrimary: true);
            foreach (var secondary in secondaries)
            {
                Index(recipient, secondary, isPrimary: false);
            }

            return recipient;
        }

        private void Index(Recipient recipient, EmailAddress address, bool isPrimary)
        {
            // Contacts may carry an address at the domain they forward to; everything else lives in ours.
            if (recipient.Kind != RecipientKind.MailContact && !_acceptedDomains.Contains(address.Domain))
            {
                _problems.Add($"address '{address}' of {RecipientDescription.Describe(recipient)} is not at a verified mail domain of the tenant.");
            }

            if (_index.TryGetValue(address, out var existing))
            {
                _problems.Add(ReferenceEquals(existing.Recipient, recipient)
                    ? $"address '{address}' is listed twice on {RecipientDescription.Describe(recipient)}."
                    : $"address '{address}' is held by both {RecipientDescription.Describe(existing.Recipient)} and {RecipientDescription.Describe(recipient)}; an address belongs to one recipient.");
                return;
            }

            _index.Add(address, new AddressHolder(recipient, address, isPrimary));
        }

        private EmailAddress? Parse(string text, string owner)
        {
            if (EmailAddress.TryParse(text, out var address))
            {
                return address;
            }

            _problems.Add($"'{text}' on {owner} is not a plain SMTP address (name@domain, no prefix).");
            return null;
        }

        private void ClaimId(string id, string displayName)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                _problems.Add($"{displayName} has an empty id.");
            }
            else if (!_objectIds.Add(id))
            {
                _problems.Add($"id '{id}' ({displayName}) is used by more than one object.");
            }
        }

        private void CheckReferences()
        {
            foreach (var user in _users.Values.Where(u => u.ManagerId is not null))
            {
                if (!_users.ContainsKey(user.ManagerId!))
                {
                    _problems.Add($"manager '{user.ManagerId}' of {user.DisplayName} is not a user of the tenant.");
                }
                else if (string.Equals(user.ManagerId, user.Id, StringComparison.OrdinalIgnoreCase))
                {
                    _problems.Add($"{user.DisplayName} is their own manager.");
                }
            }

            foreach (var group in _groups.Values)
            {
                foreach (var memberId in group.MemberIds.Where(id => !_users.ContainsKey(id)))
                {
                    _problems.Add($"member '{memberId}' of group {group.DisplayName} is not a user of the tenant.");
                }

                foreach (var nestedId in group.MemberGroupIds.Where(id => !_groups.ContainsKey(id) || string.Equals(id, group.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    _problems.Add($"nested group '{nestedId}' of group {group.DisplayName} is not another group of the tenant.");
                }
            }
        }
    }
}
