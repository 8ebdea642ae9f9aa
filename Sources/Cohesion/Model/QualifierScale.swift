/// The ordinal scale a network's statements are qualified on, when they carry levels rather
/// than agreement (for example −2 strongly disagree … 2 strongly agree).
///
/// ```yaml
/// scale: {min: -2, max: 2}
/// ```
///
/// ```swift
/// let scale = QualifierScale(minimum: -2, maximum: 2)
/// scale.contains(3)   // false
/// ```
public struct QualifierScale: Hashable, Sendable {
    /// The lowest level.
    public var minimum: Int
    /// The highest level.
    public var maximum: Int

    /// Creates a scale.
    public init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Whether a level lies on the scale.
    public func contains(_ level: Int) -> Bool { level >= minimum && level <= maximum }
}
