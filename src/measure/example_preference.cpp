// OpenAI's preference format (also Azure AI Foundry's and Together's): the conversation in
// `input.messages`, the preferred answer in `preferred_output` (a list of assistant messages),
// the other in `non_preferred_output` (not an example). Read as the chat example whose messages
// are the conversation followed by the preferred answer, so the same example kept for supervised
// fine-tuning (`messages`) and as a preference pair counts once.
#include "measure/example_events.hpp"

namespace ragft::measure_detail {

bool read_preferred_output(const FieldText& input, const FieldText& preferred, ExampleRead& r) {
  if (!input.json || !preferred.json) {
    return false;
  }
  const Json in = Json::parse(input.text, nullptr, false);
  Json out = Json::parse(preferred.text, nullptr, false);
  const auto messages = in.is_object() ? in.find("messages") : in.end();
  if (messages == in.end() || !messages->is_array() || !out.is_array()) {
    return false;
  }
  // The one chat example they make, read by the chat reader itself (its roles, contents and
  // empty outputs), so the two formats cannot drift apart.
  const bool answered = !out.empty(); // an empty list: no output, counted apart
  Json chat = Json::object();
  Json& all = chat["messages"] = *messages;
  for (Json& m : out) {
    all.push_back(std::move(m));
  }
  ExampleEvents events;
  if (!read_example_text(chat.dump(), events)) {
    return false;
  }
  const ExampleRead read = events.result();
  if (!read.has_shape) {
    return false; // a message that is not an object with a role
  }
  r.chat_hash = read.chat_hash;
  r.chat_has_output = answered && read.chat_has_output;
  return true;
}

} // namespace ragft::measure_detail
