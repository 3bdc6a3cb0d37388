// The options of `pub new` and `pub edit`: the catalogue fields, the body
// (a file of HTML or plain text) and attachments (files), and how they
// become a service::PublicationInput.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "service/publication_service.h"

namespace gongkai::app {

struct PubInputArgs {
  int64_t agency = 0;
  std::string kind;
  std::string title, publisher, doc_no, formed_on, topic, item, summary, keywords, reg_no;
  std::string body, body_file, effective_on;
  std::vector<std::string> attach;
  std::vector<int64_t> interprets, replaces;
  bool replace_attachments = false;
};

// Adds the options to `cmd` (`for_new`: --agency and --kind are asked).
void AddPubInputOptions(CLI::App& cmd, PubInputArgs& args, bool for_new);

// The input: `base` (the current content on edit, empty on new) with the
// options that were given applied over it. Files are read here; every
// error names the option and the file.
Result<service::PublicationInput> ToPublicationInput(const PubInputArgs& args,
                                                     const service::PublicationInput& base);

// A plain-text body as HTML paragraphs (one per non-empty line), escaped.
std::string TextToHtml(const std::string& text);

}  // namespace gongkai::app
