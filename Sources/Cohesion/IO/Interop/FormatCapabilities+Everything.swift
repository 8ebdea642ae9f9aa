extension FormatCapabilities {
    /// Everything a network holds: what the native YAML and JSON keep.
    public static let everything: FormatCapabilities = [
        .networkFields, .stakeholderNames, .stakeholderFields, .stakeholderAttributes, .tieKinds, .weights, .tieFields,
        .amounts, .years, .tieAttributes, .sources, .kindDeclarations, .parallelTies, .mixedDirection, .isolates,
        .tieKindDeclarations, .selfTies, .statements,
    ]
}
