// OpenAI's preference format (also Azure AI Foundry's and Together's): the conversation in
// `input.messages`, the preferred answer in `preferred_output` (a list of assistant messages),
// the other in `non_preferred_output` (not an example). Read as the chat example whose messages
// are the conversation followed by the preferred answer, so the same example kept for supervised
// fine-tuning (`messages`) and as a preference pair counts once.
#include "measure/example_events.hpp"

namespace ragft::measure_detail {

namespace {

// The message's role and content, as the event reader takes them: `role` (ShareGPT: `from`) and
// `content` (`value`), the last of repeated keys; a non-string content as compact JSON.
struct MessageText {
  bool ok = false;
  std::string role;
  FieldText content;
};

MessageText message_text(const Json& m) {
  MessageText t;
  if (!m.is_object()) {
    return t;
  }
  for (const auto& [key, value] : m.items()) {
    if (key == "role" || key == "from") {
      t.ok = value.is_string();
      t.role = t.ok ? value.get<std::string>() : std::string();
    } else if (key == "content" || key == "value") {
      t.content.present = true;
      t.content.text = value.is_string() ? value.get<std::string>() : value.dump();
      t.content.empty = value.is_string() ? t.content.text.find_first_not_of(" \t\r\n") == std::string::npos
                                          : value.is_null() || (value.is_array() && value.empty());
    }
  }
  return t;
}

// Adds `messages` (a list) to the chat `r`: false when it is not a list of messages with roles.
bool add_messages(const Json& messages, ExampleRead& r) {
  if (!messages.is_array()) {
    return false;
  }
  for (const Json& m : messages) {
    const MessageText t = message_text(m);
    if (!t.ok) {
      return false;
    }
    const std::string_view role = canonical_role(t.role);
    r.chat_hash = hash_add(hash_add(r.chat_hash, role), t.content.text);
    r.chat_has_output = role == "assistant" && !t.content.empty;
  }
  return true;
}

} // namespace

bool read_preferred_output(const FieldText& input, const FieldText& preferred, ExampleRead& r) {
  if (!input.json || !preferred.json) {
    return false;
  }
  const Json in = Json::parse(input.text, nullptr, false);
  const Json out = Json::parse(preferred.text, nullptr, false);
  const auto messages = in.is_object() ? in.find("messages") : in.end();
  if (messages == in.end() || !out.is_array()) {
    return false;
  }
  r.chat_hash = hash_add(k_hash_start, "chat");
  if (!add_messages(*messages, r)) {
    return false;
  }
  r.chat_has_output = false; // the answer is the preferred output's, not the conversation's
  return add_messages(out, r); // an empty list: no output, counted apart
}

} // namespace ragft::measure_detail
