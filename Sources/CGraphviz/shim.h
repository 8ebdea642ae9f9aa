// CGraphviz: the Graphviz C library (libgvc, libcgraph) as a Swift system-library module.
//
// This module only maps the library's headers; it has no code of its own. The C that
// CohesionGraphviz needs around it (an id discipline, the render worker) lives in the C target
// CohesionGraphvizShims. Plugins are not linked here: CohesionGraphviz loads them explicitly
// (see Plugins.swift), so the plugin set never depends on Graphviz's plugin-configuration file.
#ifndef COHESION_CGRAPHVIZ_SHIM_H
#define COHESION_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <gvplugin.h>

#endif
