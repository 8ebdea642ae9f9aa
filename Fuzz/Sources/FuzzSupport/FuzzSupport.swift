import Cohesion
import Foundation

/// One fuzz input through a reader: the bytes are read as a file of `format`, validated, and,
/// when they give a network, written back in every format and the native YAML read again. Any
/// trap, sanitizer report or leak is a bug; diagnostics are the expected outcome for bad input.
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int, format: NetworkFormat, file: String,
                    options: NetworkReadOptions = NetworkReadOptions()) {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (network, diagnostics) = NetworkFile.load(bytes: bytes, file: file, format: format, options: options)
    for d in diagnostics { _ = d.description }
    guard let network, !diagnostics.contains(where: { $0.severity == .error }) else { return }
    // A few bytes can declare a large network (`*Vertices 100000`): reading it is linear and is
    // fuzzed above, but writing it in every format and reading the YAML back takes longer than
    // libFuzzer's 10-second limit under instrumentation. Round trips are for small networks.
    guard network.stakeholders.count + network.ties.count <= Fuzzing.roundTripLimit else { return }
    for out in FormatRegistry.shared.formats where out.writer != nil {
        _ = try? NetworkFile.encode(network, format: out)
    }
    let yaml = Array(network.yamlText().utf8)
    let (again, errors) = NetworkFile.load(bytes: yaml, file: "again.yaml", format: .yaml)
    if again == nil || errors.contains(where: { $0.severity == .error }) {
        // A network Cohesion accepted must read back from its own YAML.
        fatalError("the YAML Cohesion wrote does not read back: \(errors.map(\.description))\n\(network.yamlText())")
    }
}

/// Limits of the fuzz harness.
public enum Fuzzing {
    /// The largest network (stakeholders plus ties) written back in every format.
    public static let roundTripLimit = 20_000
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// Runs libFuzzer with the process's arguments and `callback` as the test function, and
/// returns its exit status. SwiftPM gives each executable its own `main`, so the targets call
/// libFuzzer's driver from there instead of linking libFuzzer's `main`.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return withUnsafeMutablePointer(to: &argv) { argvPointer in
        argvPointer.withMemoryRebound(to: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.self, capacity: 1) {
            LLVMFuzzerRunDriver(&argc, $0, callback)
        }
    }
}
