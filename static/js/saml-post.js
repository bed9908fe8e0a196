/* Sends the SAML form on its way (HTTP-POST binding). Without JavaScript the
   page shows a button that does the same. */
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form.vm-saml-post');
  if (form) form.submit();
});
