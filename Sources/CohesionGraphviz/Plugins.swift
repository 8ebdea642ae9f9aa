import CGraphviz
import Foundation

/// Loads Graphviz's layout and render plugins explicitly, without its configuration file.
///
/// Graphviz normally discovers plugins by reading `config6` in its plugin directory, written by
/// `dot -c` at install time. In a fresh container, or after a failed `dot -c`, that file is
/// missing and every layout fails with "Layout type not recognized". Cohesion instead opens
/// each plugin library itself (`dlopen`), takes its `gvplugin_<name>_LTX_library` table
/// (`dlsym`) and hands the tables to `gvContextPlugins(builtins, 0)`, which installs them and
/// never reads the configuration.
///
/// The plugin directory is looked for, in order, in `$GVBINDIR`, in `graphviz/` next to the
/// `libgvc` the process loaded, and in the usual system places. `core`, `dot_layout` and
/// `neato_layout` are required; `pango` (cairo: PNG, PDF, text measuring) and `gd` (PNG) are
/// optional and their formats are missing without them.
///
/// - Complexity: Runs once per process.
enum GraphvizPlugins {
    /// A plugin library: its name in `libgvplugin_<name>` and whether rendering needs it.
    struct Library: Sendable {
        let name: String
        let isRequired: Bool
        var symbol: String { "gvplugin_\(name)_LTX_library" }
    }

    /// The plugins Cohesion loads, in Graphviz's preference order.
    static let libraries: [Library] = [
        Library(name: "core", isRequired: true),
        Library(name: "dot_layout", isRequired: true),
        Library(name: "neato_layout", isRequired: true),
        Library(name: "pango", isRequired: false),
        Library(name: "gd", isRequired: false),
    ]

    /// The loaded tables, as `lt_symlist_t` entries ready for `gvContextPlugins`, and the names
    /// of the libraries that loaded.
    static func load() throws -> (table: UnsafeMutablePointer<lt_symlist_t>, loaded: [String]) {
        let directories = candidateDirectories()
        var entries: [(String, UnsafeMutableRawPointer)] = []
        var missing: [String] = []
        for library in libraries {
            if let address = open(library, in: directories) {
                entries.append((library.symbol, address))
            } else if library.isRequired {
                missing.append("libgvplugin_\(library.name)")
            }
        }
        guard missing.isEmpty else {
            throw GraphvizError.unavailable(
                "plugin \(missing.joined(separator: ", ")) not found in \(directories.joined(separator: ", "))")
        }
        // Lives for the whole process, like the context that refers to it.
        let table = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: entries.count + 1)
        for (i, (symbol, address)) in entries.enumerated() {
            table[i] = lt_symlist_t(name: UnsafePointer(strdup(symbol)), address: address)
        }
        table[entries.count] = lt_symlist_t(name: nil, address: nil)
        let loaded = entries.map { String($0.0.dropFirst("gvplugin_".count).dropLast("_LTX_library".count)) }
        return (table, loaded)
    }

    /// The plugin libraries found, as `name=path` lines for the render worker, without loading
    /// them here; the same search as ``load()``.
    static func workerList() throws -> (list: String, names: [String]) {
        let directories = candidateDirectories()
        var lines: [String] = [], names: [String] = [], missing: [String] = []
        for library in libraries {
            if let path = path(of: library, in: directories) {
                lines.append("\(library.name)=\(path)")
                names.append(library.name)
            } else if library.isRequired {
                missing.append("libgvplugin_\(library.name)")
            }
        }
        guard missing.isEmpty else {
            throw GraphvizError.unavailable(
                "plugin \(missing.joined(separator: ", ")) not found in \(directories.joined(separator: ", "))")
        }
        return (lines.joined(separator: "\n"), names)
    }

    private static func path(of library: Library, in directories: [String]) -> String? {
        let stem = "libgvplugin_\(library.name)"
        for directory in directories {
            for name in ["\(stem).so.6", "\(stem).so", "\(stem).6.dylib", "\(stem).dylib"] {
                let path = directory + "/" + name
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    private static func open(_ library: Library, in directories: [String]) -> UnsafeMutableRawPointer? {
        let stem = "libgvplugin_\(library.name)"
        let names = ["\(stem).so.6", "\(stem).so", "\(stem).6.dylib", "\(stem).dylib"]
        for directory in directories {
            for name in names {
                let path = directory + "/" + name
                guard FileManager.default.fileExists(atPath: path),
                      let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else { continue }
                // The handle is kept open for the life of the process: the context points into it.
                if let address = dlsym(handle, library.symbol) { return address }
            }
        }
        return nil
    }

    /// Where plugin libraries may be, most specific first.
    static func candidateDirectories() -> [String] {
        var directories: [String] = []
        if let override = ProcessInfo.processInfo.environment["GVBINDIR"], !override.isEmpty {
            directories.append(override)
        }
        if let libgvc = libgvcDirectory() { directories.append(libgvc + "/graphviz") }
        directories += [
            "/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz", "/usr/lib64/graphviz",
            "/usr/lib/graphviz", "/usr/local/lib/graphviz", "/opt/homebrew/lib/graphviz",
        ]
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// The directory of the `libgvc` this process loaded, read from `/proc/self/maps` (Linux).
    private static func libgvcDirectory() -> String? {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        for line in maps.split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = line[slash...]
            guard let name = path.split(separator: "/").last, name.hasPrefix("libgvc.") else { continue }
            return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        }
        return nil
    }
}
