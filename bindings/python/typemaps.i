// Python-only typemaps for bindings/cozecore.i.
//
// Raw byte chunks (SSE input, HTTP body chunks) arrive as any bytes-like
// object (bytes, bytearray, memoryview) through the buffer protocol, with no
// UTF-8 round trip. SWIG's stock (char *STRING, size_t LENGTH) typemap takes
// only `str` in Python 3; cozecore.i %applies this pair to every
// (const char *data, size_t len) parameter, so redefining it here is enough.
//
// Strings coming back (event data, error messages, JSON results) are UTF-8
// from the core and become `str`; SWIG surrogate-escapes invalid bytes.

%typemap(in) (char *STRING, size_t LENGTH) (Py_buffer view, int have_view = 0) {
  if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) != 0) {
    SWIG_exception_fail(SWIG_TypeError, "in method '$symname', expected a bytes-like object");
  }
  have_view = 1;
  $1 = ($1_ltype)view.buf;
  $2 = ($2_ltype)view.len;
}

%typemap(freearg) (char *STRING, size_t LENGTH) {
  if (have_view$argnum) PyBuffer_Release(&view$argnum);
}

%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) (char *STRING, size_t LENGTH) {
  $1 = PyObject_CheckBuffer($input) ? 1 : 0;
}

// Records and binary answers cross as `bytes`, never `str`: a record is
// int32 words followed by UTF-8 text (core/api/README.md), and a binary
// answer (audio, take_bytes) is arbitrary bytes. One bytes object per batch or chunk;
// the package reads it in place through a memoryview.
%typemap(out) std::string coze::Call::take_events,
              std::string coze::Call::result_record,
              std::string coze::Call::take_bytes {
  $result = PyBytes_FromStringAndSize($1.data(), static_cast<Py_ssize_t>($1.size()));
}

// Decoded::record is read-only from Python (it is an answer, not an input).
%immutable coze::Decoded::record;
%typemap(out) const std::string& coze::Decoded::record {
  $result = PyBytes_FromStringAndSize($1->data(), static_cast<Py_ssize_t>($1->size()));
}

// record_json(record) takes the record, Call::on_signature(signature) the
// raw RS256 signature and pkce_verifier(random_bytes) the host's random
// bytes, each as any bytes-like object (all binary, never text).
%typemap(in) const std::string& record (std::string temp, Py_buffer view) {
  if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) != 0) {
    SWIG_exception_fail(SWIG_TypeError, "in method '$symname', expected a bytes-like object");
  }
  temp.assign(static_cast<const char*>(view.buf), static_cast<size_t>(view.len));
  PyBuffer_Release(&view);
  $1 = &temp;
}
%typemap(freearg) const std::string& record ""
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) const std::string& record {
  $1 = PyObject_CheckBuffer($input) ? 1 : 0;
}
%apply const std::string& record { const std::string& signature, const std::string& random_bytes };

// HttpRequest::sources (an upload's parts the host splices into the body)
// reads as a list of (offset, id, size) tuples; the host never sets it.
%immutable coze::HttpRequest::sources;
%typemap(out) std::vector<coze::BodySource>* sources, const std::vector<coze::BodySource>& sources {
  $result = PyList_New(static_cast<Py_ssize_t>($1->size()));
  if (!$result) SWIG_fail;
  for (size_t i = 0; i < $1->size(); ++i) {
    const coze::BodySource& s = (*$1)[i];
    PyObject* item = Py_BuildValue("(nNL)", static_cast<Py_ssize_t>(s.offset),
                                   PyUnicode_DecodeUTF8(s.id.data(), static_cast<Py_ssize_t>(s.id.size()), "surrogateescape"),
                                   static_cast<long long>(s.size));
    if (!item) { Py_DECREF($result); $result = NULL; SWIG_fail; }
    PyList_SET_ITEM($result, static_cast<Py_ssize_t>(i), item);
  }
}
