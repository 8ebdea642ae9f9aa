/// The former name of ``StakeholderGroups`` in brokerage code.
public typealias Partition = StakeholderGroups
/// The former name of ``StakeholderGroups`` in coalition code.
public typealias CommunityAssignment = StakeholderGroups
/// The former name of ``GroupsError``.
public typealias PartitionError = GroupsError
