Creator "igraph version 1.0.0"
Version 1
graph
[
  directed 1
  node
  [
    id 0
    name "caf59"
    label "CAF du Nord"
    kind "family-allowance-office"
  ]
  node
  [
    id 1
    name "lille"
    label "Ville de Lille"
    kind "municipality"
  ]
  node
  [
    id 2
    name "mel"
    label "Métropole Européenne de Lille"
    kind "intermunicipality"
  ]
  node
  [
    id 3
    name "dept59"
    label "Département du Nord"
    kind "departmental-council"
  ]
  node
  [
    id 4
    name "pmi59"
    label "PMI du Nord"
    kind "departmental-service"
  ]
  node
  [
    id 5
    name "acepp"
    label "ACEPP &quot;Nord&quot;"
    kind "associative-provider"
  ]
  node
  [
    id 6
    name "people"
    label "People&amp;Baby"
    kind "private-company"
  ]
  node
  [
    id 7
    name "isolate"
    label "Relais petite enfance"
    kind "municipal-service"
  ]
  edge
  [
    source 0
    target 1
    kind "funding"
    weight 2.5
    firstYear 2015
    lastYear 2021
  ]
  edge
  [
    source 0
    target 5
    kind "funding"
    weight 1.25
    firstYear 2016
    lastYear 2019
  ]
  edge
  [
    source 1
    target 5
    kind "contracting"
    weight 1
    firstYear 2018
    lastYear 2021
  ]
  edge
  [
    source 1
    target 6
    kind "contracting"
    weight 3
    firstYear 2019
    lastYear 2021
  ]
  edge
  [
    source 3
    target 4
    kind "mandate"
    weight 1
    firstYear 2015
    lastYear 2021
  ]
  edge
  [
    source 4
    target 6
    kind "authorisation"
    weight 0.5
    firstYear 2017
    lastYear 2020
  ]
  edge
  [
    source 2
    target 1
    kind "coordination"
    weight 2
    firstYear 2015
    lastYear 2018
  ]
  edge
  [
    source 0
    target 3
    kind "coordination"
    weight 1.5
    firstYear 2020
    lastYear 2021
  ]
  edge
  [
    source 1
    target 6
    kind "funding"
    weight 0.75
    firstYear 2020
    lastYear 2021
  ]
]
