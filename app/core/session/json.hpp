#pragma once
// The one way the core includes cereal's JSON archive and RapidJSON.
// Order matters (see DESIGN.md): cereal must come before any RapidJSON header so that
// RapidJSON's assert throws instead of aborting, and parsing must be iterative so that
// deeply nested input cannot overflow the stack.
#define RAPIDJSON_PARSE_DEFAULT_FLAGS (kParseFullPrecisionFlag | kParseNanAndInfFlag | kParseIterativeFlag)
#include <cereal/archives/json.hpp>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
