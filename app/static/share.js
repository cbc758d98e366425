// "Copy" buttons of the sharing kit: shown only where the browser can copy; without JavaScript the
// read-only field can still be selected and copied by hand.
document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var field = document.getElementById(button.dataset.copy);
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = button.dataset.done;
    });
  });
});
